package org.shelfcare.programs.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shelfcare.programs.Recurrence;
import org.shelfcare.programs.SessionPlan;
import org.shelfcare.programs.SessionView;
import org.shelfcare.web.InvalidInput;

/**
 * The "add sessions" form: the first date with start and end times in the library's time zone,
 * seats, drop-in, and how it repeats (until a date or a number of sessions; exceptions are dates
 * separated by spaces, commas or lines), and a room and online link of the sessions' own (empty: the
 * program's). Changing one session uses all but how it repeats.
 */
public record SessionForm(String date, String startTime, String endTime, String capacity, String dropIn,
        String repeat, String until, String count, String except, String room, String onlineLink) {

    static final SessionForm EMPTY = new SessionForm("", "", "", "", "", "NONE", "", "", "", "", "");

    /** The facade names the fields of an instant; the form has a date and two times. */
    static final Map<String, String> FIELDS = Map.of("startsAt", "startTime", "endsAt", "endTime");

    public SessionForm {
        date = text(date);
        startTime = text(startTime);
        endTime = text(endTime);
        capacity = text(capacity);
        dropIn = text(dropIn);
        repeat = repeat == null || repeat.isBlank() ? "NONE" : repeat;
        until = text(until);
        count = text(count);
        except = text(except);
        room = text(room);
        onlineLink = text(onlineLink);
    }

    /** A session as the form shows it, to change it: its date and times in the library's time zone. */
    static SessionForm of(SessionView session, ZoneId zone) {
        ZonedDateTime start = session.startsAt().atZone(zone);
        ZonedDateTime end = session.endsAt().atZone(zone);
        return new SessionForm(start.toLocalDate().toString(), start.toLocalTime().toString(),
                end.toLocalTime().toString(), session.capacity() == null ? "" : session.capacity().toString(),
                session.dropIn() ? "true" : "", "NONE", "", "", "", text(session.room()), text(session.onlineLink()));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    SessionPlan plan(ZoneId zone) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        LocalDate day = date(errors, "date", date, true);
        LocalTime start = time(errors, "startTime", startTime);
        LocalTime end = time(errors, "endTime", endTime);
        Integer seats = Codes.number(errors, "capacity", capacity);
        Recurrence.Frequency frequency = Codes.parse(Recurrence.Frequency.class, repeat);
        LocalDate last = date(errors, "until", until, false);
        Integer times = Codes.number(errors, "count", count);
        Set<LocalDate> skipped = new HashSet<>();
        for (String piece : except.split("[\\s,;]+")) {
            if (!piece.isBlank()) {
                LocalDate skip = date(errors, "except", piece, false);
                if (skip != null) {
                    skipped.add(skip);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Instant startsAt = ZonedDateTime.of(day, start, zone).toInstant();
        Instant endsAt = ZonedDateTime.of(day, end, zone).toInstant();
        return new SessionPlan(startsAt, endsAt, seats, "true".equals(dropIn),
                new Recurrence(frequency == null ? Recurrence.Frequency.NONE : frequency, last, times, skipped), room,
                onlineLink);
    }

    private static @Nullable LocalDate date(List<InvalidInput.FieldError> errors, String field, String value,
            boolean required) {
        if (value.isBlank()) {
            if (required) {
                errors.add(new InvalidInput.FieldError(field, "validation.required", new Object[0]));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException bad) {
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new InvalidInput.FieldError(field, "programs.dateFormat", new Object[0]));
            }
            return null;
        }
    }

    private static @Nullable LocalTime time(List<InvalidInput.FieldError> errors, String field, String value) {
        if (value.isBlank()) {
            errors.add(new InvalidInput.FieldError(field, "validation.required", new Object[0]));
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException bad) {
            errors.add(new InvalidInput.FieldError(field, "programs.timeFormat", new Object[0]));
            return null;
        }
    }
}
