package org.shelfcare.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One notification in a person's notification center; its text is a message key and arguments.
 * An argument that is an ISO date ({@code 2026-12-21}) reads as a date in the reader's language.
 */
public record NotificationView(UUID id, String type, String messageKey, List<String> args, @Nullable String link,
        Instant createdAt, @Nullable Instant readAt) {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public boolean unread() {
        return readAt == null;
    }

    /** The arguments for the message in {@code locale}: ISO dates as medium dates ("Dec 21, 2026"). */
    public Object[] args(Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return args.stream().map(arg -> ISO_DATE.matcher(arg).matches() ? readable(arg, dates) : arg).toArray();
    }

    private static String readable(String isoDate, DateTimeFormatter dates) {
        try {
            return LocalDate.parse(isoDate).format(dates);
        } catch (DateTimeParseException notADate) {
            return isoDate;
        }
    }
}
