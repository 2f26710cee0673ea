package org.shelfcare.wellbeing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The break a person is taking now.
 *
 * @param showStatus whether colleagues see "On a break, back at ..." until {@code endsAt}
 */
public record CurrentBreak(BreakPractice practice, int minutes, Instant startedAt, Instant endsAt,
        boolean showStatus) {

    /** When the break ends, as a reader in {@code zone} and {@code locale} reads a time, e.g. "3:15 PM". */
    public String backAt(ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(endsAt.atZone(zone));
    }
}
