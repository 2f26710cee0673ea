package org.shelfcare.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The weekdays, and optionally the half days, a person usually works. Coverage reads it; it is not
 * private (colleagues may see it). Stored as text such as {@code MON,TUE,WED:AM,THU,FRI}: a day on
 * its own is the whole day, {@code :AM} or {@code :PM} only that half.
 *
 * @param days the parts worked on each day; days not worked are absent
 */
public record WorkingPattern(Map<DayOfWeek, Set<DayPart>> days) {

    /** Half of a working day. */
    public enum DayPart { AM, PM }

    /** Monday to Friday, whole days. */
    public static final WorkingPattern DEFAULT = parse("MON,TUE,WED,THU,FRI");

    public WorkingPattern {
        EnumMap<DayOfWeek, Set<DayPart>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, parts) -> {
            if (!parts.isEmpty()) {
                copy.put(day, Collections.unmodifiableSet(EnumSet.copyOf(parts)));
            }
        });
        days = Collections.unmodifiableMap(copy);
    }

    /** Reads the stored form; an empty text means no regular working days. */
    public static WorkingPattern parse(@Nullable String text) {
        EnumMap<DayOfWeek, Set<DayPart>> days = new EnumMap<>(DayOfWeek.class);
        if (text == null || text.isBlank()) {
            return new WorkingPattern(days);
        }
        for (String token : text.split(",", -1)) {
            String[] pieces = token.strip().toUpperCase(Locale.ROOT).split(":", -1);
            if (pieces.length > 2) {
                throw new IllegalArgumentException("not a working day: " + token);
            }
            DayOfWeek day = day(pieces[0]);
            Set<DayPart> parts = pieces.length == 1 ? EnumSet.allOf(DayPart.class) : EnumSet.of(part(pieces[1]));
            if (days.put(day, parts) != null) {
                throw new IllegalArgumentException("day given twice: " + token);
            }
        }
        return new WorkingPattern(days);
    }

    /** The stored form, days in week order starting on Monday. */
    public String format() {
        StringJoiner out = new StringJoiner(",");
        days.forEach((day, parts) -> out.add(code(day) + (parts.size() == 1 ? ":" + parts.iterator().next() : "")));
        return out.toString();
    }

    /** Whether the person works on {@code date}, in {@code part} of the day, or in any part when null. */
    public boolean covers(LocalDate date, @Nullable DayPart part) {
        Set<DayPart> parts = days.get(date.getDayOfWeek());
        return parts != null && (part == null || parts.contains(part));
    }

    /** The parts worked on {@code day}; empty when the day is not worked. */
    public Set<DayPart> on(DayOfWeek day) {
        return days.getOrDefault(day, Set.of());
    }

    @Override
    public String toString() {
        return format();
    }

    /** The three-letter code of a day, as stored: MON, TUE, ... */
    public static String code(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    private static DayOfWeek day(String code) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (code(day).equals(code)) {
                return day;
            }
        }
        throw new IllegalArgumentException("not a day: " + code);
    }

    private static DayPart part(String code) {
        try {
            return DayPart.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a part of the day: " + code, e);
        }
    }
}
