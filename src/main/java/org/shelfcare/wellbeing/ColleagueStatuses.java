package org.shelfcare.wellbeing;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shelfcare.directory.ColleagueStatus;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.wellbeing.web.BoundaryRoutes;
import org.springframework.stereotype.Component;

/**
 * Shows colleagues, beside a person's name in the directory, the capacity status they set, or
 * "On a break, back at 3:15 PM" while a break they chose to show runs (the time in the viewer's
 * zone and language), and a link to their working agreement when they share it. Nothing shows
 * when the library has switched wellbeing off.
 */
@Component
class ColleagueStatuses implements ColleagueStatus {

    static final String MODULE = "wellbeing";

    private final Boundaries boundaries;
    private final DirectoryManagement directory;

    ColleagueStatuses(Boundaries boundaries, DirectoryManagement directory) {
        this.boundaries = boundaries;
        this.directory = directory;
    }

    @Override
    public Map<UUID, Shown> shown(CurrentUser viewer, Collection<UUID> personIds, Locale locale) {
        return shownAt(viewer, personIds, locale, Instant.now());
    }

    Map<UUID, Shown> shownAt(CurrentUser viewer, Collection<UUID> personIds, Locale locale, Instant now) {
        if (personIds.isEmpty() || directory.disabledModules(viewer.organizationId()).contains(MODULE)) {
            return Map.of();
        }
        Map<UUID, StatusNow> statuses = boundaries.statusesAt(viewer.organizationId(), personIds, now);
        Set<UUID> sharing = boundaries.sharing(viewer.organizationId(), personIds);
        Map<UUID, Shown> shown = new HashMap<>();
        for (UUID id : personIds) {
            StatusNow status = statuses.get(id);
            String link = sharing.contains(id) ? BoundaryRoutes.agreementOf(id) : null;
            if (status == null && link == null) {
                continue;
            }
            String key = null;
            List<String> args = List.of();
            CurrentBreak onBreak = status == null ? null : status.shownBreak();
            if (onBreak != null) {
                key = "wellbeing.status.backAt";
                args = List.of(onBreak.backAt(viewer.zone(), locale));
            } else if (status != null && status.status() != null) {
                key = status.status().labelKey();
            }
            shown.put(id, new Shown(key, args, link, link == null ? null : "wellbeing.boundaries.colleagueLink"));
        }
        return shown;
    }
}
