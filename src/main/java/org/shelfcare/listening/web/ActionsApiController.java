package org.shelfcare.listening.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.listening.Action;
import org.shelfcare.listening.ActionDraft;
import org.shelfcare.listening.ActionStatus;
import org.shelfcare.listening.ActionUpdate;
import org.shelfcare.listening.YouSaidWeDid;
import org.shelfcare.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * "You said, we did" actions as JSON: everyone of the library reads them; wellness leads and admins
 * create, change and delete them and add dated progress updates. Linked suggestions appear with
 * the same privacy as in the suggestion box.
 */
@ApiController("/api/v1/listening")
class ActionsApiController {

    private final YouSaidWeDid actions;

    ActionsApiController(YouSaidWeDid actions) {
        this.actions = actions;
    }

    record ActionJson(UUID id, String title, String description, @Nullable UUID ownerId, @Nullable String ownerName,
            ActionStatus status, @Nullable String wontDoReason, java.time.Instant createdAt,
            java.time.Instant changedAt, List<ActionUpdate> updates,
            List<SuggestionsApiController.SuggestionJson> suggestions, boolean news,
            List<QuestionTrailsApiController.QuestionJson> questions) {

        static ActionJson of(Action a) {
            return new ActionJson(a.id(), a.title(), a.description(), a.ownerId(), a.ownerName(), a.status(),
                    a.wontDoReason(), a.createdAt(), a.changedAt(), a.updates(),
                    a.suggestions().stream().map(SuggestionsApiController.SuggestionJson::of).toList(), a.news(),
                    a.questions().stream().map(QuestionTrailsApiController.QuestionJson::of).toList());
        }
    }

    record ActionBody(@Nullable String title, @Nullable String description, @Nullable UUID ownerId,
            @Nullable String status, @Nullable String wontDoReason, @Nullable List<UUID> suggestionIds,
            @Nullable List<UUID> questionIds) {

        ActionDraft draft() {
            return new ActionDraft(title, description, ownerId, status, wontDoReason, suggestionIds, questionIds);
        }
    }

    record UpdateBody(@Nullable String text, @Nullable String status, @Nullable String wontDoReason) {}

    record Created(UUID id) {}

    @Operation(summary = "The actions board, newest change first; news is true for actions on suggestions or session questions the caller upvoted or posted by name that changed since they last looked")
    @GetMapping("/actions")
    List<ActionJson> board(CurrentUser user) {
        return actions.board(user).stream().map(ActionJson::of).toList();
    }

    @Operation(summary = "Marks the board as looked at now (one time per person, linked to no action)")
    @PostMapping("/actions/seen")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void seen(CurrentUser user) {
        actions.seen(user);
    }

    @Operation(summary = "One action")
    @GetMapping("/actions/{id}")
    ActionJson one(CurrentUser user, @PathVariable UUID id) {
        return ActionJson.of(actions.action(user, id));
    }

    @Operation(summary = "Wellness leads and admins create an action: title, description, ownerId, status (WONT_DO needs wontDoReason), suggestionIds, questionIds (session questions)")
    @PostMapping("/actions")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(CurrentUser user, @RequestBody ActionBody body) {
        return new Created(actions.create(user, body.draft()));
    }

    @Operation(summary = "Wellness leads and admins change an action (all fields, as when creating)")
    @PutMapping("/actions/{id}")
    ActionJson update(CurrentUser user, @PathVariable UUID id, @RequestBody ActionBody body) {
        actions.update(user, id, body.draft());
        return ActionJson.of(actions.action(user, id));
    }

    @Operation(summary = "Wellness leads and admins delete an action")
    @DeleteMapping("/actions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user, @PathVariable UUID id) {
        actions.delete(user, id);
    }

    @Operation(summary = "Wellness leads and admins add a dated progress update, optionally moving the action to another status")
    @PostMapping("/actions/{id}/updates")
    @ResponseStatus(HttpStatus.CREATED)
    Created addUpdate(CurrentUser user, @PathVariable UUID id, @RequestBody UpdateBody body) {
        return new Created(actions.addUpdate(user, id, body.text(), body.status(), body.wontDoReason()));
    }
}
