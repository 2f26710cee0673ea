package org.shelfcare.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.safety.AlertCounts;
import org.shelfcare.safety.AlertDraft;
import org.shelfcare.safety.AlertResponses;
import org.shelfcare.safety.AlertStatus;
import org.shelfcare.safety.AlertSummary;
import org.shelfcare.safety.AlertTemplate;
import org.shelfcare.safety.AlertTemplates;
import org.shelfcare.safety.AlertView;
import org.shelfcare.safety.Alerts;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Alerts as JSON, with the same rights as the pages. Drills say so ({@code "drill": true}) in every
 * answer. Sending accepts an {@code Idempotency-Key}, so a retried request sends one alert.
 */
@ApiController("/api/v1/safety")
class AlertsApiController {

    private final Alerts alerts;
    private final AlertResponses responses;
    private final AlertTemplates templates;

    AlertsApiController(Alerts alerts, AlertResponses responses, AlertTemplates templates) {
        this.alerts = alerts;
        this.responses = responses;
        this.templates = templates;
    }

    record Audience(@Nullable List<UUID> branchIds) {}

    record AlertRequest(@Nullable String type, @Nullable String message, @Nullable Boolean drill,
            @Nullable Audience audience) {}

    record Created(UUID id) {}

    record Counts(int safe, int needHelp, int noResponse) {
        static Counts of(AlertCounts counts) {
            return new Counts(counts.safe(), counts.needHelp(), counts.noResponse());
        }
    }

    record PersonJson(UUID id, String name, @Nullable Instant answeredAt) {}

    record AlertJson(UUID id, String type, String typeLabel, String headline, String message, boolean drill, Instant sentAt,
            List<String> branches, boolean wholeLibrary, @Nullable Instant allClearAt, @Nullable String allClearMessage,
            Counts counts, @Nullable String myStatus, @Nullable List<PersonJson> needHelp,
            @Nullable List<PersonJson> noResponse) {

        static AlertJson of(AlertView a) {
            return new AlertJson(a.id(), a.type(), a.typeLabel(), a.headline(), a.message(), a.drill(), a.sentAt(), a.branchNames(),
                    a.branchNames().isEmpty(), a.allClearAt(), a.allClearMessage(), Counts.of(a.counts()),
                    a.myStatus() == null ? null : a.myStatus().name(),
                    a.overseer() ? a.needHelp().stream().map(p -> new PersonJson(p.id(), p.name(), p.answeredAt())).toList() : null,
                    a.overseer() ? a.noResponse().stream().map(p -> new PersonJson(p.id(), p.name(), null)).toList() : null);
        }
    }

    record SummaryJson(UUID id, String type, String typeLabel, String headline, boolean drill, Instant sentAt, @Nullable Instant allClearAt,
            @Nullable Counts counts) {}

    record ResponseRequest(@Nullable String status) {}

    record ResponseJson(String status) {}

    record AllClearRequest(@Nullable String message) {}

    record TemplateJson(String type, String label, String headline, String message, String allClear, boolean custom) {
        static TemplateJson of(AlertTemplate t) {
            return new TemplateJson(t.type(), t.label(), t.headline(), t.message(), t.allClear(), t.custom());
        }
    }

    record TemplateRequest(@Nullable String headline, @Nullable String message, @Nullable String allClear) {}

    @Operation(summary = "The alerts the caller may see, newest first (all of the library's for safety leads and admins)")
    @GetMapping("/alerts")
    ListPage<SummaryJson> list(CurrentUser user) {
        List<AlertSummary> list = alerts.list(user);
        return new ListPage<>(list.stream().map(s -> new SummaryJson(s.id(), s.type(), s.typeLabel(), s.headline(), s.drill(), s.sentAt(),
                s.allClearAt(), s.counts() == null ? null : Counts.of(s.counts()))).toList(), null);
    }

    record BannerJson(UUID id, boolean drill, String headline, String message, String link, @Nullable String myStatus,
            boolean closed) {}

    @Operation(summary = "The alerts the caller was sent in the last day, newest first, as their page's banner shows them"
            + " (closed: the all clear was given); pages ask again when they may have missed a live event")
    @GetMapping("/alerts/banner")
    ListPage<BannerJson> banner(CurrentUser user) {
        return new ListPage<>(alerts.inBanner(user.personId()).stream().map(a -> new BannerJson(a.id(), a.drill(), a.headline(),
                a.message(), a.link(), a.status(), a.cleared())).toList(), null);
    }

    @Operation(summary = "Send an alert to the whole library, or to the branches in audience.branchIds")
    @PostMapping("/alerts")
    @ResponseStatus(HttpStatus.CREATED)
    Created send(CurrentUser user, @RequestBody AlertRequest request) {
        List<UUID> branches = request.audience() == null || request.audience().branchIds() == null ? List.of()
                : request.audience().branchIds();
        return new Created(alerts.send(user, new AlertDraft(request.type(), request.message(),
                Boolean.TRUE.equals(request.drill()), branches), null));
    }

    @Operation(summary = "One alert with its counts; people who oversee it also get who needs help and who has not answered")
    @GetMapping("/alerts/{id}")
    AlertJson alert(CurrentUser user, @PathVariable UUID id) {
        return AlertJson.of(alerts.view(user, id));
    }

    @Operation(summary = "Answer an alert one was sent: SAFE or NEED_HELP; a new answer replaces the earlier one")
    @PostMapping("/alerts/{id}/responses")
    ResponseJson respond(CurrentUser user, @PathVariable UUID id, @RequestBody ResponseRequest request) {
        AlertStatus status = responses.answer(user, id, request.status());
        return new ResponseJson(status.name());
    }

    @Operation(summary = "Give the all clear (safety leads, admins, the sender); a second one changes nothing")
    @PostMapping("/alerts/{id}/all-clear")
    AlertJson allClear(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) @Nullable AllClearRequest request) {
        return AlertJson.of(alerts.allClear(user, id, request == null ? null : request.message()));
    }

    @Operation(summary = "The library's alert templates, one per type (safety leads and admins)")
    @GetMapping("/alert-templates")
    ListPage<TemplateJson> templates(CurrentUser user) {
        return new ListPage<>(templates.all(user).stream().map(TemplateJson::of).toList(), null);
    }

    @Operation(summary = "One type's template: safety leads and admins, and whoever may send that type (the send form starts from it); a type the library does not offer answers 404")
    @GetMapping("/alert-templates/{type}")
    TemplateJson template(CurrentUser user, @PathVariable String type) {
        AlertTemplate template = templates.template(user, type);
        if (!AlertTemplates.mayEdit(user) && !alerts.typesFor(user).contains(type)) {
            throw Problems.forbidden();
        }
        return TemplateJson.of(template);
    }

    @Operation(summary = "Change one type's template (safety leads and admins)")
    @PutMapping("/alert-templates/{type}")
    TemplateJson saveTemplate(CurrentUser user, @PathVariable String type, @RequestBody TemplateRequest request) {
        return TemplateJson.of(templates.save(user, type, request.headline(), request.message(), request.allClear()));
    }
}
