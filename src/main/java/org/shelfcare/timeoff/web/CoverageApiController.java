package org.shelfcare.timeoff.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.WorkingPattern;
import org.shelfcare.directory.WorkingPattern.DayPart;
import org.shelfcare.timeoff.CalendarDay;
import org.shelfcare.timeoff.CoverageManagement;
import org.shelfcare.timeoff.CoverageRule;
import org.shelfcare.timeoff.CoverageShortfall;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Coverage rules, gaps and the team calendar as JSON. The calendar names who is out and how much
 * of the day, never the kind of time off or a note; pending requests are not in it.
 */
@ApiController("/api/v1/timeoff")
class CoverageApiController {

    private final CoverageManagement coverage;
    private final MessageSource messages;

    CoverageApiController(CoverageManagement coverage, MessageSource messages) {
        this.coverage = coverage;
        this.messages = messages;
    }

    record RuleBody(@Nullable String branchId, @Nullable String departmentId, @Nullable List<String> weekdays,
            @Nullable String part, @Nullable Integer minimum) {

        CoverageManagement.RuleDraft draft() {
            return new CoverageManagement.RuleDraft(branchId, departmentId, weekdays, part,
                    minimum == null ? null : minimum.toString());
        }
    }

    record RuleJson(UUID id, @Nullable UUID branchId, @Nullable String branchName, @Nullable UUID departmentId,
            @Nullable String departmentName, List<String> weekdays, @Nullable DayPart part, int minimum, int teamSize,
            @Nullable String warning) {}

    record Created(UUID id, @Nullable String warning) {}

    record ShortfallJson(UUID ruleId, String unit, LocalDate date, @Nullable DayPart part, int present, int minimum) {

        static ShortfallJson of(CoverageShortfall s) {
            return new ShortfallJson(s.ruleId(), s.unit(), s.date(), s.part(), s.present(), s.minimum());
        }
    }

    record OutJson(UUID personId, String name, String portion, @Nullable String startTime, @Nullable String endTime) {}

    record DayJson(LocalDate date, List<OutJson> out, List<ShortfallJson> shortfalls) {}

    record CalendarJson(LocalDate from, LocalDate to, List<DayJson> days) {}

    @Operation(summary = "The library's coverage rules (admins and supervisors)")
    @GetMapping("/coverage-rules")
    ListPage<RuleJson> rules(CurrentUser user, Locale locale) {
        return ListPage.of(coverage.rules(user).stream().map(r -> json(r, locale)).toList(), null, ListPage.MAX_LIMIT);
    }

    @Operation(summary = "A new coverage rule (admins): branchId and/or departmentId, weekdays (MON..SUN), part (AM, PM or none for all day), minimum; a minimum above the unit's team size is saved with a warning")
    @PostMapping("/coverage-rules")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(CurrentUser user, @RequestBody RuleBody body, Locale locale) {
        CoverageRule rule = coverage.create(user, body.draft());
        return new Created(rule.id(), warning(rule, locale));
    }

    @Operation(summary = "One coverage rule (admins and supervisors)")
    @GetMapping("/coverage-rules/{id}")
    RuleJson rule(CurrentUser user, @PathVariable UUID id, Locale locale) {
        return json(coverage.rule(user, id), locale);
    }

    @Operation(summary = "Change a coverage rule (admins)")
    @PutMapping("/coverage-rules/{id}")
    RuleJson change(CurrentUser user, @PathVariable UUID id, @RequestBody RuleBody body, Locale locale) {
        return json(coverage.change(user, id, body.draft()), locale);
    }

    @Operation(summary = "Delete a coverage rule (admins)")
    @DeleteMapping("/coverage-rules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user, @PathVariable UUID id) {
        coverage.delete(user, id);
    }

    @Operation(summary = "Days under a coverage minimum (admins and supervisors); without dates the next 8 weeks; at most 366 days")
    @GetMapping("/coverage/gaps")
    ListPage<ShortfallJson> gaps(CurrentUser user, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        List<ShortfallJson> gaps = coverage.gaps(user, from, to).stream().map(ShortfallJson::of).toList();
        return new ListPage<>(gaps, null);
    }

    @Operation(summary = "The team calendar: each day, who is out (no kind of time off) and the coverage shortfalls; at most 366 days")
    @GetMapping("/calendar")
    CalendarJson calendar(CurrentUser user, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String branch,
            @RequestParam(required = false) @Nullable String department) {
        List<CalendarDay> days = coverage.calendar(user, from, to, branch, department);
        List<DayJson> json = days.stream().map(d -> new DayJson(d.date(), d.out().stream()
                .map(o -> new OutJson(o.personId(), o.name(), o.portion().name(),
                        o.startTime() == null ? null : o.startTime().toString(),
                        o.endTime() == null ? null : o.endTime().toString()))
                .toList(), d.shortfalls().stream().map(ShortfallJson::of).toList())).toList();
        return new CalendarJson(days.get(0).date(), days.get(days.size() - 1).date(), json);
    }

    private RuleJson json(CoverageRule r, Locale locale) {
        return new RuleJson(r.id(), r.branchId(), r.branchName(), r.departmentId(), r.departmentName(),
                r.weekdays().stream().sorted().map(WorkingPattern::code).toList(), r.part(), r.minimum(), r.teamSize(),
                warning(r, locale));
    }

    private @Nullable String warning(CoverageRule rule, Locale locale) {
        return rule.aboveTeamSize() ? messages.getMessage("timeoff.coverage.aboveTeamSize",
                new Object[] {rule.unit(), rule.teamSize(), rule.minimum()}, locale) : null;
    }
}
