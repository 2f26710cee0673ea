package org.shelfcare.training;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.shelfcare.directory.DirectoryManagement;
import org.springframework.stereotype.Component;

/** Dates in training notifications and emails, written for each recipient's language ("March 3, 2027", "3 de marzo de 2027"). */
@Component
class TrainingDates {

    private final DirectoryManagement directory;

    TrainingDates(DirectoryManagement directory) {
        this.directory = directory;
    }

    /** The language a person reads ShelfCare in: the one they picked, else their library's. */
    Locale localeOf(UUID orgId, UUID personId) {
        Locale chosen = directory.chosenLocale(personId);
        return chosen != null ? chosen : directory.organization(orgId).defaultLocale();
    }

    static String format(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }
}
