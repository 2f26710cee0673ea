package org.shelfcare.wellbeing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.privacy.KeyOwner;
import org.shelfcare.privacy.Sealed;
import org.shelfcare.privacy.SealedField;
import org.shelfcare.privacy.SealedText;
import org.shelfcare.privacy.SealedTextUnreadable;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's private reflections (the morning intention, the evening joy log, gratitude notes) and
 * the affirmation of the day. Every reflection method acts for the signed-in person on their own
 * reflections only: anyone else's answers 404, whatever the caller's role. Texts are sealed.
 */
@Service
@Transactional
public class Reflections {

    /** How many curated affirmations each message bundle holds ({@code wellbeing.affirmation.1} ...). */
    public static final int CURATED_AFFIRMATIONS = 24;
    public static final int AFFIRMATION_MAX = 300;

    private final ReflectionEntries entries;
    private final LibraryAffirmations affirmations;
    private final SealedText sealedText;
    private final MessageSource messages;
    private final WallLinks wallLinks;
    private final WallPosts wallPosts;

    Reflections(ReflectionEntries entries, LibraryAffirmations affirmations, SealedText sealedText,
            MessageSource messages, WallLinks wallLinks, WallPosts wallPosts) {
        this.entries = entries;
        this.affirmations = affirmations;
        this.sealedText = sealedText;
        this.messages = messages;
        this.wallLinks = wallLinks;
        this.wallPosts = wallPosts;
    }

    /**
     * Writes a reflection for {@code person}; answers its id. A second intention for the same day
     * answers 409: there is one a day, changed rather than added to.
     */
    public UUID write(CurrentUser person, ReflectionKind kind, ReflectionDraft draft) {
        Checked checked = check(person, kind, draft, null);
        if (kind == ReflectionKind.INTENTION
                && entries.on(person.organizationId(), person.personId(), kind, checked.date()).isPresent()) {
            throw Problems.conflict("wellbeing.intention.exists");
        }
        UUID id = UUID.randomUUID();
        entries.insert(person.organizationId(), person.personId(), kind, id, checked.date(),
                seal(person, id, checked.text()));
        if (kind == ReflectionKind.JOY) {
            wallLinks.unlink(person, id);
        }
        return id;
    }

    /**
     * One of the person's own reflections. Reads run outside a transaction of their own, so that a
     * text that can no longer be opened spoils nothing else.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Reflection reflection(CurrentUser person, ReflectionKind kind, UUID id) {
        return open(person, row(person, kind, id));
    }

    /**
     * One of the person's own reflections, read within the caller's transaction, so that one
     * written earlier in it is found (the Joy Wall shares entries the sample content just wrote).
     */
    Reflection own(CurrentUser person, ReflectionKind kind, UUID id) {
        return open(person, row(person, kind, id));
    }

    /** The person's own reflections of one kind, newest first. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<Reflection> reflections(CurrentUser person, ReflectionKind kind) {
        return entries.all(person.organizationId(), person.personId(), kind).stream().map(row -> open(person, row))
                .toList();
    }

    /** The person's intention for today, if they have written one. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<Reflection> todaysIntention(CurrentUser person) {
        return entries.on(person.organizationId(), person.personId(), ReflectionKind.INTENTION, today(person))
                .map(row -> open(person, row));
    }

    /**
     * Changes one of the person's own reflections; a draft without a date keeps the date. An
     * intention keeps its day and can be changed only on that day (409 afterwards).
     */
    public Reflection change(CurrentUser person, ReflectionKind kind, UUID id, ReflectionDraft draft) {
        ReflectionEntries.Row existing = row(person, kind, id);
        if (kind == ReflectionKind.INTENTION && !existing.date().equals(today(person))) {
            throw Problems.conflict("wellbeing.intention.pastDay");
        }
        ReflectionDraft kept = kind == ReflectionKind.INTENTION ? new ReflectionDraft(draft.text(), null) : draft;
        Checked checked = check(person, kind, kept, existing.date());
        if (!entries.update(person.organizationId(), person.personId(), kind, id, checked.date(),
                seal(person, id, checked.text()))) {
            throw Problems.notFound();
        }
        return new Reflection(id, kind, checked.date(), checked.text(), existing.createdAt());
    }

    /** Deletes one of the person's own reflections; a joy entry's Joy Wall post goes with it. */
    public void delete(CurrentUser person, ReflectionKind kind, UUID id) {
        if (kind == ReflectionKind.JOY) {
            wallLinks.post(person, id).ifPresent(post -> wallPosts.delete(person.organizationId(), post));
        }
        if (!entries.delete(person.organizationId(), person.personId(), kind, id)) {
            throw Problems.notFound();
        }
    }

    /** Today in the person's time zone: the date a new reflection gets. */
    public LocalDate today(CurrentUser person) {
        return LocalDate.now(person.zone());
    }

    // ---- affirmations ----------------------------------------------------------------------------

    /**
     * The affirmation of {@code date} for the person's library: the curated list in the person's
     * language followed by the library's own, one a day in turn, the same for everyone that day.
     */
    @Transactional(readOnly = true)
    public String affirmationOf(CurrentUser person, LocalDate date, Locale locale) {
        List<Affirmation> own = affirmations.all(person.organizationId());
        int index = Math.floorMod(date.toEpochDay(), CURATED_AFFIRMATIONS + own.size());
        if (index < CURATED_AFFIRMATIONS) {
            return messages.getMessage("wellbeing.affirmation." + (index + 1), null, locale);
        }
        return own.get(index - CURATED_AFFIRMATIONS).text();
    }

    @Transactional(readOnly = true)
    public String affirmationOfToday(CurrentUser person, Locale locale) {
        return affirmationOf(person, today(person), locale);
    }

    /** The library's own affirmations, oldest first. Everyone at the library sees them in the rotation. */
    @Transactional(readOnly = true)
    public List<Affirmation> libraryAffirmations(CurrentUser person) {
        return affirmations.all(person.organizationId());
    }

    /** Adds one of the library's own affirmations (wellness leads and admins; others 403). */
    public UUID addAffirmation(CurrentUser person, @Nullable String text) {
        requireAffirmationsManager(person);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw Problems.invalid("text", "wellbeing.reflection.empty");
        }
        if (body.codePointCount(0, body.length()) > AFFIRMATION_MAX) {
            throw Problems.invalid("text", "validation.tooLong", AFFIRMATION_MAX);
        }
        UUID id = UUID.randomUUID();
        affirmations.insert(person.organizationId(), id, body, person.personId());
        return id;
    }

    public void deleteAffirmation(CurrentUser person, UUID id) {
        requireAffirmationsManager(person);
        if (!affirmations.delete(person.organizationId(), id)) {
            throw Problems.notFound();
        }
    }

    @Transactional(readOnly = true)
    public Affirmation libraryAffirmation(CurrentUser person, UUID id) {
        requireAffirmationsManager(person);
        return affirmations.all(person.organizationId()).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(Problems::notFound);
    }

    public static boolean managesAffirmations(CurrentUser person) {
        return person.has(Role.WELLNESS_LEAD) || person.has(Role.ADMIN);
    }

    private static void requireAffirmationsManager(CurrentUser person) {
        person.requireAny(Role.WELLNESS_LEAD, Role.ADMIN);
    }

    // ---- sealing and checks ----------------------------------------------------------------------

    private ReflectionEntries.Row row(CurrentUser person, ReflectionKind kind, UUID id) {
        return entries.find(person.organizationId(), person.personId(), kind, id).orElseThrow(Problems::notFound);
    }

    private String seal(CurrentUser person, UUID id, String text) {
        return sealedText.seal(KeyOwner.of(person), field(id), text).text();
    }

    private Reflection open(CurrentUser person, ReflectionEntries.Row row) {
        String text;
        try {
            text = sealedText.open(KeyOwner.of(person), field(row.id()), Sealed.of(row.sealedText()));
        } catch (SealedTextUnreadable gone) {
            text = null;
        }
        return new Reflection(row.id(), row.kind(), row.date(), text, row.createdAt());
    }

    private static SealedField field(UUID id) {
        return SealedField.of(ReflectionEntries.TABLE, ReflectionEntries.BODY, id);
    }

    private record Checked(LocalDate date, String text) {}

    private Checked check(CurrentUser person, ReflectionKind kind, ReflectionDraft draft, @Nullable LocalDate keptDate) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        LocalDate today = today(person);
        LocalDate date = keptDate != null ? keptDate : today;
        String dateText = draft.date() == null ? "" : draft.date().strip();
        if (!dateText.isEmpty()) {
            try {
                date = LocalDate.parse(dateText);
                if (date.isAfter(today)) {
                    errors.add(new InvalidInput.FieldError("date", "wellbeing.checkin.futureDate", new Object[0]));
                }
            } catch (DateTimeParseException notADate) {
                errors.add(new InvalidInput.FieldError("date", "wellbeing.checkin.badDate", new Object[0]));
            }
        }
        String text = draft.text() == null ? "" : draft.text().strip();
        if (text.isEmpty()) {
            errors.add(new InvalidInput.FieldError("text", "wellbeing.reflection.empty", new Object[0]));
        } else if (text.codePointCount(0, text.length()) > kind.max()) {
            errors.add(new InvalidInput.FieldError("text", "validation.tooLong", new Object[] {kind.max()}));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(date, text);
    }
}
