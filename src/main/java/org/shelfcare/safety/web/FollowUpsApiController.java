package org.shelfcare.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.safety.CareFollowUp;
import org.shelfcare.safety.CareFollowUps;
import org.shelfcare.safety.CareTask;
import org.shelfcare.safety.FollowUpSettings;
import org.shelfcare.safety.MyFollowUp;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Follow-ups as JSON, with the permissions of the pages: each person their own follow-ups (anyone
 * else's 404); care contacts every follow-up and the tasks (everyone else, admins included, 404);
 * admins and safety leads the library's setting (others 403).
 */
@ApiController("/api/v1/safety")
class FollowUpsApiController {

    private final CareFollowUps followUps;

    FollowUpsApiController(CareFollowUps followUps) {
        this.followUps = followUps;
    }

    record AnswerBody(@Nullable String answer, @Nullable String note) {}

    record SettingsBody(@Nullable Integer firstDays, @Nullable Integer secondDays) {}

    @Operation(summary = "The caller's own follow-ups waiting for an answer")
    @GetMapping("/followups")
    ListPage<MyFollowUp> mine(CurrentUser user, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return new ListPage<>(followUps.pending(user), null);
    }

    @Operation(summary = "One of the caller's own follow-ups")
    @GetMapping("/followups/{id}")
    MyFollowUp followUp(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return followUps.followUp(user, id);
    }

    @Operation(summary = "Answers \"How are you doing?\": {\"answer\": \"OK\" | \"TALK\" | \"EAP\", \"note\"}; "
            + "TALK and EAP give care contacts a task")
    @PostMapping("/followups/{id}/answer")
    MyFollowUp answer(CurrentUser user, @PathVariable UUID id, @RequestBody AnswerBody body) {
        return followUps.answer(user, id, body.answer(), body.note());
    }

    @Operation(summary = "Declines this follow-up (later ones still come); only one waiting for an answer, else 409")
    @PostMapping("/followups/{id}/decline")
    MyFollowUp decline(CurrentUser user, @PathVariable UUID id) {
        return followUps.decline(user, id);
    }

    @Operation(summary = "Asks again later: the follow-up comes back in 3 days (askAgainAt); only one waiting for an answer, else 409")
    @PostMapping("/followups/{id}/later")
    MyFollowUp later(CurrentUser user, @PathVariable UUID id) {
        return followUps.askAgainLater(user, id);
    }

    @Operation(summary = "Stops this follow-up and every later one about the same incident")
    @PostMapping("/followups/{id}/stop")
    MyFollowUp stop(CurrentUser user, @PathVariable UUID id) {
        return followUps.stop(user, id);
    }

    @Operation(summary = "Undoes a decline, a stop or an \"ask me again later\"")
    @PostMapping("/followups/{id}/undo")
    MyFollowUp undo(CurrentUser user, @PathVariable UUID id) {
        return followUps.undo(user, id);
    }

    @Operation(summary = "Care contacts: every follow-up of the library with its answer and note (each incident's read audited)")
    @GetMapping("/care/followups")
    ListPage<CareFollowUp> careFollowUps(CurrentUser user, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return new ListPage<>(followUps.all(user), null);
    }

    @Operation(summary = "Care contacts: the tasks (someone asked to talk, for EAP information or for a check-in), open first")
    @GetMapping("/care/tasks")
    ListPage<CareTask> tasks(CurrentUser user, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return new ListPage<>(followUps.tasks(user), null);
    }

    @Operation(summary = "Care contacts mark a task done")
    @PostMapping("/care/tasks/{id}/done")
    CareTask done(CurrentUser user, @PathVariable UUID id) {
        return followUps.setDone(user, id, true);
    }

    @Operation(summary = "Care contacts open a done task again (undo)")
    @PostMapping("/care/tasks/{id}/reopen")
    CareTask reopen(CurrentUser user, @PathVariable UUID id) {
        return followUps.setDone(user, id, false);
    }

    @Operation(summary = "Admins and safety leads: when follow-ups go out, in days after an incident is submitted")
    @GetMapping("/followup-settings")
    FollowUpSettings settings(CurrentUser user) {
        return followUps.settings(user);
    }

    @Operation(summary = "Admins and safety leads change the days: {\"firstDays\" (1-28), \"secondDays\" (after it, at most 90)}")
    @PutMapping("/followup-settings")
    FollowUpSettings saveSettings(CurrentUser user, @RequestBody SettingsBody body) {
        return followUps.saveSettings(user, body.firstDays(), body.secondDays());
    }
}
