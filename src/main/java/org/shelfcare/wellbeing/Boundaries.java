package org.shelfcare.wellbeing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boundaries: a person's working agreement and their capacity status. The agreement is private
 * unless its owner shares it; then colleagues of the same library read it, and nobody else (a
 * supervisor, an admin or the operator included) reads an unshared one: it answers 404. The
 * status, and a break that shows its status, are meant for colleagues to see beside the name.
 * The agreement's texts are sealed under the author's key, so a database dump does not show them.
 */
@Service
@Transactional
public class Boundaries {

    public static final int SHORT_TEXT_MAX = 300;
    public static final int LONG_TEXT_MAX = 4_000;

    private final Agreements agreements;
    private final CapacityStatuses statuses;
    private final SealedText sealedText;

    Boundaries(Agreements agreements, CapacityStatuses statuses, SealedText sealedText) {
        this.agreements = agreements;
        this.statuses = statuses;
        this.sealedText = sealedText;
    }

    // ---- the working agreement -------------------------------------------------------------------

    /**
     * The person's own agreement; an empty, unshared one while they have not written it. Reads run
     * outside a transaction of their own, so that a text that can no longer be opened spoils nothing.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public WorkingAgreement agreement(CurrentUser me) {
        return agreements.find(me.organizationId(), me.personId())
                .map(a -> opened(me.organizationId(), me.personId(), a)).orElseGet(Boundaries::blank);
    }

    /**
     * Checks and saves the person's agreement. Every problem is reported at once, each on its own
     * field ({@code workingHours/MONDAY/end} ...); nothing is saved unless all is well.
     */
    public WorkingAgreement save(CurrentUser me, AgreementDraft draft) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        List<WorkingDay> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            AgreementDraft.Hours typed = draft.hours().get(day);
            hours.add(day(day, typed == null ? new AgreementDraft.Hours(null, null) : typed, errors));
        }
        Set<ContactChannel> channels = EnumSet.noneOf(ContactChannel.class);
        for (String code : draft.channels()) {
            try {
                channels.add(ContactChannel.valueOf(code.strip()));
            } catch (IllegalArgumentException unknown) {
                errors.add(new InvalidInput.FieldError("channels", "wellbeing.boundaries.badChannel", new Object[0]));
            }
        }
        String response = text("responseExpectations", draft.responseExpectations(), SHORT_TEXT_MAX, errors);
        String protectedTime = text("protectedTime", draft.protectedTime(), SHORT_TEXT_MAX, errors);
        String howTo = text("howToWorkWithMe", draft.howToWorkWithMe(), LONG_TEXT_MAX, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        WorkingAgreement agreement = new WorkingAgreement(hours, channels, response, protectedTime, howTo,
                draft.shared(), Instant.now());
        store(me.organizationId(), me.personId(), agreement);
        return agreement;
    }

    /** Seals the texts of a checked agreement and saves it. */
    void store(UUID orgId, UUID personId, WorkingAgreement agreement) {
        KeyOwner owner = KeyOwner.person(orgId, personId);
        agreements.save(orgId, personId, new WorkingAgreement(agreement.hours(), agreement.channels(),
                seal(owner, Agreements.RESPONSE, personId, agreement.responseExpectations()),
                seal(owner, Agreements.PROTECTED, personId, agreement.protectedTime()),
                seal(owner, Agreements.HOW_TO, personId, agreement.howToWorkWithMe()), agreement.shared(),
                agreement.updatedAt()));
    }

    private WorkingAgreement opened(UUID orgId, UUID personId, WorkingAgreement stored) {
        KeyOwner owner = KeyOwner.person(orgId, personId);
        return new WorkingAgreement(stored.hours(), stored.channels(),
                open(owner, Agreements.RESPONSE, personId, stored.responseExpectations()),
                open(owner, Agreements.PROTECTED, personId, stored.protectedTime()),
                open(owner, Agreements.HOW_TO, personId, stored.howToWorkWithMe()), stored.shared(), stored.updatedAt());
    }

    private String seal(KeyOwner owner, String column, UUID personId, String text) {
        return text.isEmpty() ? "" : sealedText.seal(owner, SealedField.of(Agreements.TABLE, column, personId), text).text();
    }

    /** A text that can no longer be opened (its author's key is gone) reads as empty. */
    private String open(KeyOwner owner, String column, UUID personId, String sealed) {
        if (sealed.isEmpty()) {
            return "";
        }
        try {
            return sealedText.open(owner, SealedField.of(Agreements.TABLE, column, personId), Sealed.of(sealed));
        } catch (SealedTextUnreadable gone) {
            return "";
        }
    }

    /**
     * A colleague's agreement, when they share it with their library; the person's own, shared or
     * not. Anything else (not shared, not written, another library) answers 404.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public WorkingAgreement sharedAgreement(CurrentUser viewer, UUID personId) {
        return agreements.find(viewer.organizationId(), personId)
                .filter(a -> a.shared() || personId.equals(viewer.personId()))
                .map(a -> opened(viewer.organizationId(), personId, a))
                .orElseThrow(Problems::notFound);
    }

    /** Of {@code personIds} (people of {@code orgId}), those who share their agreement. */
    @Transactional(readOnly = true)
    public Set<UUID> sharing(UUID orgId, Collection<UUID> personIds) {
        return agreements.sharing(orgId, personIds);
    }

    static WorkingAgreement blank() {
        List<WorkingDay> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new WorkingDay(day, null, null));
        }
        return new WorkingAgreement(week, Set.of(), "", "", "", false, null);
    }

    /**
     * One day's hours: both times blank is a day off; working hours end after they start on the
     * same day. (Quiet hours, kept by notifications, may run past midnight; working hours may not.)
     */
    private static WorkingDay day(DayOfWeek day, AgreementDraft.Hours typed, List<InvalidInput.FieldError> errors) {
        String field = "workingHours/" + day.name();
        Object dayName = new DefaultMessageSourceResolvable("wellbeing.boundaries.day." + day.name());
        String startText = typed.start() == null ? "" : typed.start().strip();
        String endText = typed.end() == null ? "" : typed.end().strip();
        if (startText.isEmpty() && endText.isEmpty()) {
            return new WorkingDay(day, null, null);
        }
        LocalTime start = time(field + "/start", startText, dayName, errors);
        LocalTime end = time(field + "/end", endText, dayName, errors);
        if (start == null || end == null) {
            return new WorkingDay(day, null, null);
        }
        if (end.equals(start)) {
            errors.add(new InvalidInput.FieldError(field + "/end", "wellbeing.boundaries.sameTimes", new Object[] {dayName}));
        } else if (end.isBefore(start)) {
            errors.add(new InvalidInput.FieldError(field + "/end", "wellbeing.boundaries.endBeforeStart",
                    new Object[] {dayName, startText, endText}));
        }
        return new WorkingDay(day, start, end);
    }

    private static @Nullable LocalTime time(String field, String text, Object dayName,
            List<InvalidInput.FieldError> errors) {
        if (text.isEmpty()) {
            errors.add(new InvalidInput.FieldError(field, "wellbeing.boundaries.timeMissing", new Object[] {dayName}));
            return null;
        }
        try {
            return LocalTime.parse(text).withSecond(0).withNano(0);
        } catch (DateTimeParseException notATime) {
            errors.add(new InvalidInput.FieldError(field, "wellbeing.boundaries.badTime", new Object[] {dayName}));
            return null;
        }
    }

    private static String text(String field, @Nullable String typed, int max, List<InvalidInput.FieldError> errors) {
        String text = typed == null ? "" : typed.strip();
        if (text.codePointCount(0, text.length()) > max) {
            errors.add(new InvalidInput.FieldError(field, "validation.tooLong", new Object[] {max}));
        }
        return text;
    }

    // ---- the capacity status ---------------------------------------------------------------------

    @Transactional(readOnly = true)
    public StatusNow status(CurrentUser me) {
        return statusAt(me, Instant.now());
    }

    /** The person's status as it stands at {@code now}: a break whose end has passed is over. */
    @Transactional(readOnly = true)
    public StatusNow statusAt(CurrentUser me, Instant now) {
        return new StatusNow(statuses.status(me.organizationId(), me.personId()).orElse(null),
                statuses.currentBreak(me.organizationId(), me.personId(), now).orElse(null));
    }

    /** Sets the person's capacity status; a blank code clears it, an unknown one answers 400. */
    public StatusNow setStatus(CurrentUser me, @Nullable String code) {
        if (code == null || code.isBlank()) {
            statuses.clearStatus(me.organizationId(), me.personId());
        } else {
            CapacityStatus status = CapacityStatus.ofCode(code)
                    .orElseThrow(() -> Problems.invalid("status", "wellbeing.status.unknown"));
            statuses.setStatus(me.organizationId(), me.personId(), status, Instant.now());
        }
        return status(me);
    }

    /**
     * What colleagues see for each of {@code personIds} of {@code orgId} at {@code now}: only
     * people with a status or a shown break have an entry; a break's own status is not included
     * when the person chose to keep it to themselves.
     */
    @Transactional(readOnly = true)
    public Map<UUID, StatusNow> statusesAt(UUID orgId, Collection<UUID> personIds, Instant now) {
        Map<UUID, CapacityStatus> set = statuses.statuses(orgId);
        Map<UUID, CurrentBreak> breaks = statuses.shownBreaks(orgId, now);
        Map<UUID, StatusNow> shown = new HashMap<>();
        for (UUID id : personIds) {
            CapacityStatus status = set.get(id);
            CurrentBreak onBreak = breaks.get(id);
            if (status != null || onBreak != null) {
                shown.put(id, new StatusNow(status, onBreak));
            }
        }
        return shown;
    }
}
