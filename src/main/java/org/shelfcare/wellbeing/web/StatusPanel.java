package org.shelfcare.wellbeing.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.CapacityStatus;
import org.shelfcare.wellbeing.CurrentBreak;
import org.shelfcare.wellbeing.StatusNow;

/**
 * The quick status form's view: the status the person set, and what colleagues see now.
 *
 * @param backAt when a break colleagues see ends, formatted for the person; null without one
 */
public record StatusPanel(@Nullable CapacityStatus status, @Nullable String backAt) {

    static StatusPanel of(StatusNow now, CurrentUser user, Locale locale) {
        CurrentBreak shown = now.shownBreak();
        return new StatusPanel(now.status(), shown == null ? null : shown.backAt(user.zone(), locale));
    }

    /** The code the radio group has checked; "" for no status. */
    public String code() {
        return status == null ? "" : status.name();
    }
}
