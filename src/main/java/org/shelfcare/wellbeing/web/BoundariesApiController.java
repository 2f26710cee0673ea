package org.shelfcare.wellbeing.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.AgreementDraft;
import org.shelfcare.wellbeing.Boundaries;
import org.shelfcare.wellbeing.BreakPractice;
import org.shelfcare.wellbeing.Breaks;
import org.shelfcare.wellbeing.CapacityStatus;
import org.shelfcare.wellbeing.CurrentBreak;
import org.shelfcare.wellbeing.StatusNow;
import org.shelfcare.wellbeing.WorkingAgreement;
import org.shelfcare.wellbeing.WorkingDay;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The caller's working agreement ({@code /boundaries}), a colleague's shared one, the caller's
 * capacity status ({@code /status}) and mindful breaks ({@code /breaks}) as JSON. An agreement that
 * is not shared, or another library's, answers 404 whatever the caller's role.
 */
@ApiController("/api/v1/wellbeing")
class BoundariesApiController {

    private final Boundaries boundaries;
    private final Breaks breaks;
    private final MessageSource messages;

    BoundariesApiController(Boundaries boundaries, Breaks breaks, MessageSource messages) {
        this.boundaries = boundaries;
        this.breaks = breaks;
        this.messages = messages;
    }

    /** One day's hours ("09:00"); a day not worked is null in {@code workingHours}. */
    record HoursJson(@Nullable String start, @Nullable String end) {}

    /** A working agreement; {@code updatedAt} is null while none has been written. */
    record AgreementJson(Map<DayOfWeek, @Nullable HoursJson> workingHours, List<String> channels,
            String responseExpectations, String protectedTime, String howToWorkWithMe, boolean shared,
            @Nullable Instant updatedAt) {

        static AgreementJson of(WorkingAgreement a) {
            Map<DayOfWeek, @Nullable HoursJson> hours = new LinkedHashMap<>();
            for (WorkingDay day : a.hours()) {
                hours.put(day.day(), day.working() ? new HoursJson(String.valueOf(day.start()), String.valueOf(day.end()))
                        : null);
            }
            return new AgreementJson(hours, a.channels().stream().sorted().map(Enum::name).toList(),
                    a.responseExpectations(), a.protectedTime(), a.howToWorkWithMe(), a.shared(), a.updatedAt());
        }
    }

    record AgreementRequest(@Nullable Map<DayOfWeek, @Nullable HoursJson> workingHours, @Nullable List<String> channels,
            @Nullable String responseExpectations, @Nullable String protectedTime, @Nullable String howToWorkWithMe,
            @Nullable Boolean shared) {

        AgreementDraft draft() {
            Map<DayOfWeek, AgreementDraft.Hours> hours = new EnumMap<>(DayOfWeek.class);
            if (workingHours != null) {
                workingHours.forEach((day, h) -> hours.put(day,
                        h == null ? new AgreementDraft.Hours(null, null) : new AgreementDraft.Hours(h.start(), h.end())));
            }
            return new AgreementDraft(hours, channels == null ? List.of() : channels, responseExpectations,
                    protectedTime, howToWorkWithMe, Boolean.TRUE.equals(shared));
        }
    }

    /**
     * The caller's status: the one they set (null for none) and, while a break runs, the break;
     * {@code shownToColleagues} is what colleagues read beside the name.
     */
    record StatusJson(@Nullable CapacityStatus status, @Nullable BreakJson currentBreak, @Nullable String shownToColleagues) {}

    record StatusRequest(@Nullable String status) {}

    record BreakJson(BreakPractice practice, int minutes, Instant startedAt, Instant endsAt, boolean showStatus) {

        static BreakJson of(CurrentBreak b) {
            return new BreakJson(b.practice(), b.minutes(), b.startedAt(), b.endsAt(), b.showStatus());
        }
    }

    record BreakRequest(@Nullable String practice, @Nullable Integer minutes, @Nullable Boolean showStatus) {}

    record PracticeJson(BreakPractice code, int minutes, String title, String summary, List<String> steps) {}

    @Operation(summary = "The caller's own working agreement (empty and unshared until written)")
    @GetMapping("/boundaries")
    AgreementJson agreement(CurrentUser user) {
        return AgreementJson.of(boundaries.agreement(user));
    }

    @Operation(summary = "Replace the caller's working agreement; hours that end before they start answer 400 per day")
    @PutMapping("/boundaries")
    AgreementJson saveAgreement(CurrentUser user, @RequestBody AgreementRequest request) {
        return AgreementJson.of(boundaries.save(user, request.draft()));
    }

    @Operation(summary = "A colleague's working agreement, when they share it; otherwise 404")
    @GetMapping("/boundaries/{personId}")
    AgreementJson colleagueAgreement(CurrentUser user, @PathVariable UUID personId) {
        return AgreementJson.of(boundaries.sharedAgreement(user, personId));
    }

    @Operation(summary = "The caller's capacity status and running break")
    @GetMapping("/status")
    StatusJson status(CurrentUser user, Locale locale) {
        return status(boundaries.status(user), user, locale);
    }

    @Operation(summary = "Set the caller's capacity status (AVAILABLE, FOCUSED, AT_CAPACITY, ON_A_BREAK; null clears it)")
    @PutMapping("/status")
    StatusJson setStatus(CurrentUser user, @RequestBody StatusRequest request, Locale locale) {
        return status(boundaries.setStatus(user, request.status()), user, locale);
    }

    @Operation(summary = "The guided practices for a mindful break, with their steps in the caller's language")
    @GetMapping("/breaks")
    ListPage<PracticeJson> practices(Locale locale) {
        List<PracticeJson> practices = new ArrayList<>();
        for (BreakPractice p : breaks.practices()) {
            List<String> steps = new ArrayList<>();
            for (int i = 1; i <= p.steps(); i++) {
                steps.add(messages.getMessage(p.messages() + ".step." + i, null, locale));
            }
            practices.add(new PracticeJson(p, p.minutes(), messages.getMessage(p.messages() + ".title", null, locale),
                    messages.getMessage(p.messages() + ".summary", null, locale), steps));
        }
        return new ListPage<>(practices, null);
    }

    @Operation(summary = "Start a break {practice, minutes, showStatus}; it replaces a running one")
    @PostMapping("/breaks")
    @ResponseStatus(HttpStatus.CREATED)
    BreakJson startBreak(CurrentUser user, @RequestBody BreakRequest request) {
        return BreakJson.of(breaks.start(user, request.practice(), request.minutes(),
                request.showStatus() == null || request.showStatus()));
    }

    @Operation(summary = "The caller's running break; 404 when none runs")
    @GetMapping("/breaks/current")
    BreakJson currentBreak(CurrentUser user) {
        return breaks.current(user).map(BreakJson::of).orElseThrow(Problems::notFound);
    }

    @Operation(summary = "End the caller's running break early; 404 when none runs")
    @DeleteMapping("/breaks/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void endBreak(CurrentUser user) {
        if (!breaks.end(user)) {
            throw Problems.notFound();
        }
    }

    private StatusJson status(StatusNow now, CurrentUser user, Locale locale) {
        CurrentBreak shown = now.shownBreak();
        String label = shown != null
                ? messages.getMessage("wellbeing.status.backAt", new Object[] {shown.backAt(user.zone(), locale)}, locale)
                : now.status() == null ? null : messages.getMessage(now.status().labelKey(), null, locale);
        return new StatusJson(now.status(), now.currentBreak() == null ? null : BreakJson.of(now.currentBreak()), label);
    }
}
