package org.shelfcare.wellbeing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.privacy.KeyOwner;
import org.shelfcare.privacy.Sealed;
import org.shelfcare.privacy.SealedField;
import org.shelfcare.privacy.SealedText;
import org.shelfcare.privacy.SealedTextUnreadable;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own check-ins. Every method acts for the signed-in person on their own check-ins
 * only: anyone else's, a supervisor's report's included, answers 404. There is deliberately no
 * way to read another person's check-ins and nothing here counts or averages across people.
 */
@Service
@Transactional
public class WellbeingManagement {

    public static final int NOTE_MAX = 1_000;

    private final CheckIns checkIns;
    private final SealedText sealedText;

    WellbeingManagement(CheckIns checkIns, SealedText sealedText) {
        this.checkIns = checkIns;
        this.sealedText = sealedText;
    }

    /** Records a check-in for {@code person}; answers its id. */
    public UUID checkIn(CurrentUser person, CheckInDraft draft) {
        Checked checked = check(person, draft, null);
        UUID id = UUID.randomUUID();
        checkIns.insert(person.organizationId(), person.personId(), id, checked.date(), checked.mood(),
                checked.energy(), checked.stress(), seal(person, id, checked.note()));
        return id;
    }

    /**
     * One of the person's own check-ins. Reads run outside a transaction of their own, so that a
     * note that can no longer be opened (which rolls back the sealed-text read) spoils nothing else.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public CheckIn checkIn(CurrentUser person, UUID id) {
        return open(person, row(person, id));
    }

    /** The person's own check-ins dated {@code from} to {@code to} (both included; null for open), newest first. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<CheckIn> checkIns(CurrentUser person, @Nullable LocalDate from, @Nullable LocalDate to) {
        return checkIns.between(person.organizationId(), person.personId(), from, to).stream()
                .map(row -> open(person, row)).toList();
    }

    /**
     * Changes one of the person's own check-ins. Everything is replaced, the note included (no note
     * removes it); a draft without a date keeps the check-in's date.
     */
    public CheckIn change(CurrentUser person, UUID id, CheckInDraft draft) {
        CheckIns.Row existing = row(person, id);
        Checked checked = check(person, draft, existing.date());
        String note = checked.note();
        if (!checkIns.update(person.organizationId(), person.personId(), id, checked.date(), checked.mood(),
                checked.energy(), checked.stress(), seal(person, id, note))) {
            throw Problems.notFound();
        }
        return new CheckIn(id, checked.date(), checked.mood(), checked.energy(), checked.stress(), note, false,
                existing.createdAt());
    }

    public void delete(CurrentUser person, UUID id) {
        if (!checkIns.delete(person.organizationId(), person.personId(), id)) {
            throw Problems.notFound();
        }
    }

    /** Today in the person's time zone: the date a new check-in gets. */
    public LocalDate today(CurrentUser person) {
        return LocalDate.now(person.zone());
    }

    /**
     * The person's own trend over the last {@code days} days up to today (one of
     * {@link CheckInTrend#PERIODS}; anything else means 7): one point per day with check-ins.
     */
    @Transactional(readOnly = true)
    public CheckInTrend trend(CurrentUser person, int days) {
        int period = CheckInTrend.PERIODS.contains(days) ? days : CheckInTrend.PERIODS.get(0);
        LocalDate to = today(person);
        LocalDate from = to.minusDays(period - 1L);
        Map<LocalDate, List<CheckIns.Row>> byDay = new TreeMap<>();
        for (CheckIns.Row row : checkIns.between(person.organizationId(), person.personId(), from, to)) {
            byDay.computeIfAbsent(row.date(), d -> new ArrayList<>()).add(row);
        }
        List<CheckInTrend.Day> points = new ArrayList<>();
        byDay.forEach((date, rows) -> points.add(new CheckInTrend.Day(date,
                average(rows, CheckIns.Row::mood), average(rows, CheckIns.Row::energy),
                average(rows, CheckIns.Row::stress), rows.size())));
        return new CheckInTrend(period, from, to, points);
    }

    private static double average(List<CheckIns.Row> rows, java.util.function.ToIntFunction<CheckIns.Row> score) {
        return Math.round(rows.stream().mapToInt(score).average().orElse(0) * 10) / 10.0;
    }

    private CheckIns.Row row(CurrentUser person, UUID id) {
        return checkIns.find(person.organizationId(), person.personId(), id).orElseThrow(Problems::notFound);
    }

    private @Nullable String seal(CurrentUser person, UUID id, @Nullable String note) {
        return note == null ? null : sealedText.seal(KeyOwner.of(person), field(id), note).text();
    }

    private CheckIn open(CurrentUser person, CheckIns.Row row) {
        String note = null;
        boolean unreadable = false;
        if (row.sealedNote() != null) {
            try {
                note = sealedText.open(KeyOwner.of(person), field(row.id()), Sealed.of(row.sealedNote()));
            } catch (SealedTextUnreadable gone) {
                unreadable = true;
            }
        }
        return new CheckIn(row.id(), row.date(), row.mood(), row.energy(), row.stress(), note, unreadable,
                row.createdAt());
    }

    private static SealedField field(UUID id) {
        return SealedField.of(CheckIns.TABLE, CheckIns.NOTE, id);
    }

    private record Checked(LocalDate date, int mood, int energy, int stress, @Nullable String note) {}

    private Checked check(CurrentUser person, CheckInDraft draft, @Nullable LocalDate keptDate) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        int mood = score("mood", draft.mood(), errors);
        int energy = score("energy", draft.energy(), errors);
        int stress = score("stress", draft.stress(), errors);
        LocalDate today = today(person);
        LocalDate date = keptDate != null ? keptDate : today;
        String text = draft.date() == null ? "" : draft.date().strip();
        if (!text.isEmpty()) {
            try {
                date = LocalDate.parse(text);
                if (date.isAfter(today)) {
                    errors.add(new InvalidInput.FieldError("date", "wellbeing.checkin.futureDate", new Object[0]));
                }
            } catch (DateTimeParseException notADate) {
                errors.add(new InvalidInput.FieldError("date", "wellbeing.checkin.badDate", new Object[0]));
            }
        }
        String note = draft.note() == null ? null : draft.note().strip();
        if (note != null && note.isEmpty()) {
            note = null;
        }
        if (note != null && note.codePointCount(0, note.length()) > NOTE_MAX) {
            errors.add(new InvalidInput.FieldError("note", "validation.tooLong", new Object[] {NOTE_MAX}));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(date, mood, energy, stress, note);
    }

    private static int score(String field, @Nullable Integer value, List<InvalidInput.FieldError> errors) {
        if (value == null) {
            errors.add(new InvalidInput.FieldError(field, "wellbeing.checkin.scoreMissing", new Object[0]));
            return 0;
        }
        if (value < 1 || value > 5) {
            errors.add(new InvalidInput.FieldError(field, "wellbeing.checkin.scoreRange", new Object[0]));
        }
        return value;
    }
}
