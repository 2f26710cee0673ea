package org.shelfcare.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.safety.IncidentPlaybook;
import org.shelfcare.safety.IncidentReview;
import org.shelfcare.safety.IncidentReviews;
import org.shelfcare.safety.LeaderMessages;
import org.shelfcare.safety.Playbook;
import org.shelfcare.safety.Playbooks;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.shelfcare.web.Problems;
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
 * Playbooks, their ticks during an incident, operational reviews and the leaders' message as JSON,
 * with the permissions of the pages.
 */
@ApiController("/api/v1/safety")
class PlaybooksApiController {

    private final Playbooks playbooks;
    private final IncidentReviews reviews;
    private final LeaderMessages leaderMessages;

    PlaybooksApiController(Playbooks playbooks, IncidentReviews reviews, LeaderMessages leaderMessages) {
        this.playbooks = playbooks;
        this.reviews = reviews;
        this.leaderMessages = leaderMessages;
    }

    record StepJson(@Nullable String id, @Nullable String text) {}

    record PlaybookJson(String typeCode, String typeLabel, boolean custom, boolean retired, @Nullable String source,
            List<StepJson> steps) {

        static PlaybookJson of(Playbook p) {
            return new PlaybookJson(p.typeCode(), p.typeLabel(), p.custom(), p.retired(), p.source(),
                    p.steps().stream().map(s -> new StepJson(s.id(), s.text())).toList());
        }
    }

    record PlaybookRequest(@Nullable String source, @Nullable List<StepJson> steps) {}

    record TickRequest(@Nullable Boolean done) {}

    record ReviewRequest(@Nullable String scheduledAt, @Nullable String findings, @Nullable String changes) {}

    record ReviewJson(UUID incidentId, @Nullable Instant scheduledAt, @Nullable String findings,
            @Nullable String changes, @Nullable Instant updatedAt, @Nullable String updatedByName) {

        static ReviewJson of(UUID incidentId, @Nullable IncidentReview r) {
            return r == null ? new ReviewJson(incidentId, null, null, null, null, null)
                    : new ReviewJson(incidentId, r.scheduledAt(), r.findings(), r.changes(), r.updatedAt(),
                            r.updatedByName());
        }
    }

    record MessageJson(String language, String text) {}

    @Operation(summary = "The playbook of every incident type still offered (everyone)")
    @GetMapping("/playbooks")
    ListPage<PlaybookJson> playbooks(CurrentUser user) {
        return new ListPage<>(playbooks.all(user).stream().map(PlaybookJson::of).toList(), null);
    }

    @Operation(summary = "The playbook of one incident type (everyone)")
    @GetMapping("/playbooks/{typeCode}")
    PlaybookJson playbook(CurrentUser user, @PathVariable String typeCode) {
        return PlaybookJson.of(playbooks.playbook(user, typeCode));
    }

    @Operation(summary = "Write the library's playbook of a type: the steps in order; a step sent with its id keeps it "
            + "(safety leads and admins)")
    @PutMapping("/playbooks/{typeCode}")
    PlaybookJson save(CurrentUser user, @PathVariable String typeCode, @RequestBody PlaybookRequest request) {
        List<Playbooks.StepInput> steps = request.steps() == null ? List.of()
                : request.steps().stream().map(s -> new Playbooks.StepInput(s.id(), s.text())).toList();
        return PlaybookJson.of(playbooks.save(user, typeCode, request.source(), steps));
    }

    @Operation(summary = "Go back to the shipped steps of a type (safety leads and admins)")
    @DeleteMapping("/playbooks/{typeCode}")
    PlaybookJson reset(CurrentUser user, @PathVariable String typeCode) {
        return PlaybookJson.of(playbooks.reset(user, typeCode));
    }

    @Operation(summary = "The playbook of an incident's type with its ticks and their log (those who read the record)")
    @GetMapping("/incidents/{id}/playbook")
    IncidentPlaybook incidentPlaybook(CurrentUser user, @PathVariable UUID id) {
        return playbooks.forIncident(user, id);
    }

    @Operation(summary = "Tick a step off ({\"done\": true}, the default) or back on ({\"done\": false})")
    @PostMapping("/incidents/{id}/playbook/steps/{stepId}")
    IncidentPlaybook tick(CurrentUser user, @PathVariable UUID id, @PathVariable String stepId,
            @RequestBody(required = false) @Nullable TickRequest request) {
        return playbooks.tick(user, id, stepId, request == null || request.done() == null || request.done());
    }

    @Operation(summary = "The operational review of an incident; all fields null when none is scheduled")
    @GetMapping("/incidents/{id}/review")
    ReviewJson review(CurrentUser user, @PathVariable UUID id) {
        return ReviewJson.of(id, reviews.review(user, id).orElse(null));
    }

    @Operation(summary = "Schedule or change the operational review (safety leads and admins)")
    @PutMapping("/incidents/{id}/review")
    ReviewJson scheduleReview(CurrentUser user, @PathVariable UUID id, @RequestBody ReviewRequest request) {
        reviews.checkEditor(user, id);
        Instant at = null;
        if (request.scheduledAt() != null && !request.scheduledAt().isBlank()) {
            try {
                at = OffsetDateTime.parse(request.scheduledAt().strip()).toInstant();
            } catch (DateTimeParseException bad) {
                throw Problems.invalid("scheduledAt", "safety.review.whenFormat");
            }
        }
        return ReviewJson.of(id, reviews.schedule(user, id, at, request.findings(), request.changes()));
    }

    @Operation(summary = "Call the operational review off (safety leads and admins)")
    @DeleteMapping("/incidents/{id}/review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancelReview(CurrentUser user, @PathVariable UUID id) {
        reviews.cancel(user, id);
    }

    @Operation(summary = "A ready message from a leader to staff after the incident, lang en or es (safety leads and admins)")
    @GetMapping("/incidents/{id}/message")
    MessageJson message(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String lang) {
        return new MessageJson(LeaderMessages.language(user, lang).getLanguage(), leaderMessages.message(user, id, lang));
    }
}
