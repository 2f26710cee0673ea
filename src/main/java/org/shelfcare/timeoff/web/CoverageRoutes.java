package org.shelfcare.timeoff.web;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.WorkingPattern.DayPart;
import org.shelfcare.web.Page;

/** The coverage and calendar page routes, shared by the controller and the templates, and their labels. */
public final class CoverageRoutes {

    public static final String CALENDAR = "/timeoff/calendar";
    public static final String RULES = "/timeoff/coverage";
    public static final String NEW_RULE = "/timeoff/coverage/new";
    public static final String GAPS = "/timeoff/coverage/gaps";

    private CoverageRoutes() {}

    public static String rule(UUID id) {
        return RULES + "/" + id;
    }

    public static String delete(UUID id) {
        return rule(id) + "/delete";
    }

    /** A calendar page: the view ("month" or "week"), a day in it, and the filters (blank for none). */
    public static String calendar(String view, LocalDate date, String branch, String department) {
        StringBuilder url = new StringBuilder(CALENDAR).append("?view=").append(view).append("&date=").append(date);
        if (!branch.isEmpty()) {
            url.append("&branch=").append(branch);
        }
        if (!department.isEmpty()) {
            url.append("&department=").append(department);
        }
        return url.toString();
    }

    /** A day with its weekday, e.g. "Mon, Aug 3, 2026". */
    public static String day(Page page, LocalDate date) {
        return page.t("timeoff.coverage.day", date.getDayOfWeek().getDisplayName(TextStyle.SHORT, page.locale()),
                page.date(date));
    }

    /** "all day", "morning" or "afternoon". */
    public static String part(Page page, @Nullable DayPart part) {
        return page.t("timeoff.coverage.part." + (part == null ? "DAY" : part.name()));
    }
}
