package org.shelfcare.wellbeing.web;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.CurrentBreak;

/** The person's running break as the pages show it, with its end in their zone and language. */
public record RunningBreak(CurrentBreak current, String backAt) {

    static @Nullable RunningBreak of(Optional<CurrentBreak> current, CurrentUser user, Locale locale) {
        return current.map(b -> new RunningBreak(b, b.backAt(user.zone(), locale))).orElse(null);
    }

    /** The end as the timer script reads it (RFC 3339). */
    public String endsAt() {
        return current.endsAt().toString();
    }
}
