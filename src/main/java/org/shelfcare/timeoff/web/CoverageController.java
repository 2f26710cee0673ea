package org.shelfcare.timeoff.web;

import static org.shelfcare.timeoff.web.CoverageRoutes.CALENDAR;
import static org.shelfcare.timeoff.web.CoverageRoutes.GAPS;
import static org.shelfcare.timeoff.web.CoverageRoutes.NEW_RULE;
import static org.shelfcare.timeoff.web.CoverageRoutes.RULES;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.timeoff.CalendarDay;
import org.shelfcare.timeoff.CoverageManagement;
import org.shelfcare.timeoff.CoverageRule;
import org.shelfcare.timeoff.CoverageShortfall;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coverage pages: the rules (admins manage them, supervisors read them), the gaps ahead, and the
 * team calendar that everyone in the library sees (who is out, never why).
 */
@Controller
class CoverageController {

    private final CoverageManagement coverage;
    private final DirectoryManagement directory;
    private final MessageSource messages;

    CoverageController(CoverageManagement coverage, DirectoryManagement directory, MessageSource messages) {
        this.coverage = coverage;
        this.directory = directory;
        this.messages = messages;
    }

    // ---- rules ------------------------------------------------------------------------------------

    @GetMapping(RULES)
    String rules(CurrentUser user, Model model) {
        model.addAttribute("rules", coverage.rules(user));
        model.addAttribute("admin", user.isAdmin());
        return "timeoff/coverageRules";
    }

    @GetMapping(NEW_RULE)
    String newRule(CurrentUser user, Model model) {
        user.require(Role.ADMIN);
        return renderRule(user, model, null, CoverageRuleForm.starting(), FormErrors.NONE);
    }

    @PostMapping(RULES)
    String create(CurrentUser user, @ModelAttribute("form") CoverageRuleForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        user.require(Role.ADMIN);
        CoverageRule saved;
        try {
            saved = coverage.create(user, form.draft());
        } catch (InvalidInput invalid) {
            return renderRule(user, model, null, form, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, savedNotice(saved, locale));
        return "redirect:" + RULES;
    }

    @GetMapping(RULES + "/{id}")
    String rule(CurrentUser user, @PathVariable UUID id, Model model) {
        user.require(Role.ADMIN);
        CoverageRule rule = coverage.rule(user, id);
        return renderRule(user, model, rule, CoverageRuleForm.of(rule), FormErrors.NONE);
    }

    @PostMapping(RULES + "/{id}")
    String change(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") CoverageRuleForm form,
            Locale locale, Model model, RedirectAttributes redirect) {
        user.require(Role.ADMIN);
        CoverageRule rule = coverage.rule(user, id);
        CoverageRule saved;
        try {
            saved = coverage.change(user, id, form.draft());
        } catch (InvalidInput invalid) {
            return renderRule(user, model, rule, form, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, savedNotice(saved, locale));
        return "redirect:" + RULES;
    }

    @GetMapping(RULES + "/{id}/delete")
    String confirmDelete(CurrentUser user, @PathVariable UUID id, Model model) {
        user.require(Role.ADMIN);
        model.addAttribute("rule", coverage.rule(user, id));
        return "timeoff/coverageDelete";
    }

    @PostMapping(RULES + "/{id}/delete")
    String delete(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        coverage.delete(user, id);
        Flash.notice(redirect, messages.getMessage("timeoff.coverage.deleted", null, locale));
        return "redirect:" + RULES;
    }

    // ---- gaps -------------------------------------------------------------------------------------

    @GetMapping(GAPS)
    String gaps(CurrentUser user, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, Locale locale, Model model) {
        user.requireAny(Role.ADMIN, Role.SUPERVISOR);
        LocalDate today = coverage.today(user);
        FormErrors errors = FormErrors.NONE;
        List<CoverageShortfall> gaps = List.of();
        try {
            gaps = coverage.gaps(user, from, to);
        } catch (InvalidInput invalid) {
            errors = FormErrors.of(invalid, messages, locale);
        }
        model.addAttribute("gaps", gaps);
        model.addAttribute("errors", errors);
        model.addAttribute("from", from == null || from.isBlank() ? today.toString() : from);
        model.addAttribute("to", to == null || to.isBlank()
                ? today.plusWeeks(CoverageManagement.GAP_WEEKS).minusDays(1).toString() : to);
        model.addAttribute("anyRules", !coverage.rules(user).isEmpty());
        return "timeoff/coverageGaps";
    }

    // ---- calendar ---------------------------------------------------------------------------------

    @GetMapping(CALENDAR)
    String calendar(CurrentUser user, @RequestParam(defaultValue = "month") String view,
            @RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String branch,
            @RequestParam(required = false) @Nullable String department, Locale locale, Model model) {
        boolean week = "week".equals(view);
        LocalDate today = coverage.today(user);
        LocalDate day = parse(date, today);
        LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
        LocalDate to = week ? from.plusDays(6) : YearMonth.from(day).atEndOfMonth();
        String branchId = branch == null ? "" : branch.strip();
        String departmentId = department == null ? "" : department.strip();
        List<CalendarDay> days = coverage.calendar(user, from.toString(), to.toString(), branchId, departmentId);

        // the month laid out Monday to Sunday, the days outside it left empty (null)
        List<List<@Nullable CalendarDay>> weeks = new ArrayList<>();
        List<@Nullable CalendarDay> row = new ArrayList<>();
        for (int blank = 1; blank < from.getDayOfWeek().getValue(); blank++) {
            row.add(null);
        }
        for (CalendarDay calendarDay : days) {
            row.add(calendarDay);
            if (row.size() == 7) {
                weeks.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            while (row.size() < 7) {
                row.add(null);
            }
            weeks.add(row);
        }
        String mode = week ? "week" : "month";
        model.addAttribute("view", mode);
        model.addAttribute("title", week
                ? messages.getMessage("timeoff.calendar.weekOf", new Object[] {
                        DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(locale).format(from)}, locale)
                : DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(from));
        model.addAttribute("days", days);
        model.addAttribute("weeks", weeks);
        model.addAttribute("today", today);
        model.addAttribute("previous", CoverageRoutes.calendar(mode, week ? from.minusWeeks(1) : from.minusMonths(1),
                branchId, departmentId));
        model.addAttribute("next", CoverageRoutes.calendar(mode, week ? from.plusWeeks(1) : from.plusMonths(1),
                branchId, departmentId));
        model.addAttribute("todayLink", CoverageRoutes.calendar(mode, today, branchId, departmentId));
        // the other view keeps the day asked for (today unless one was chosen)
        model.addAttribute("otherView", CoverageRoutes.calendar(week ? "month" : "week", day, branchId, departmentId));
        model.addAttribute("date", day.toString());
        model.addAttribute("branch", branchId);
        model.addAttribute("department", departmentId);
        model.addAttribute("branches", directory.branches(user.organizationId()));
        model.addAttribute("departments", directory.departments(user.organizationId()));
        model.addAttribute("seesGaps", user.isAdmin() || user.has(Role.SUPERVISOR));
        return "timeoff/calendar";
    }

    // ---- rendering --------------------------------------------------------------------------------

    private String savedNotice(CoverageRule saved, Locale locale) {
        String notice = messages.getMessage("timeoff.coverage.saved", null, locale);
        if (saved.aboveTeamSize()) {
            notice += " " + messages.getMessage("timeoff.coverage.aboveTeamSize",
                    new Object[] {saved.unit(), saved.teamSize(), saved.minimum()}, locale);
        }
        return notice;
    }

    private String renderRule(CurrentUser user, Model model, @Nullable CoverageRule rule, CoverageRuleForm form,
            FormErrors errors) {
        model.addAttribute("rule", rule);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("branches", directory.branches(user.organizationId()));
        model.addAttribute("departments", directory.departments(user.organizationId()));
        model.addAttribute("weekdays", List.of(DayOfWeek.values()));
        model.addAttribute("maxMinimum", CoverageManagement.MINIMUM_MAX);
        return "timeoff/coverageRule";
    }

    private static LocalDate parse(@Nullable String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return fallback;
        }
    }
}
