package org.shelfcare.programs.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.programs.FeedbackStatus;
import org.shelfcare.programs.FeedbackSummary;
import org.shelfcare.programs.ProgramsManagement;
import org.shelfcare.programs.SessionFeedback;
import org.shelfcare.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A session's anonymous feedback as JSON: answering it, and its results for those who manage the program. */
@ApiController("/api/v1/programs")
class FeedbackApiController {

    private final SessionFeedback feedback;
    private final ProgramsManagement programs;

    FeedbackApiController(SessionFeedback feedback, ProgramsManagement programs) {
        this.feedback = feedback;
        this.programs = programs;
    }

    record FeedbackBody(@Nullable Integer rating, @Nullable String comment) {}

    /** {@code results} only for those who manage the program. */
    record FeedbackJson(FeedbackStatus status, @Nullable FeedbackSummary results) {}

    @Operation(summary = "Whether the caller may give feedback on the session (OPEN, GIVEN, NOT_YET, CLOSED, NOT_ATTENDED) and, for those who manage the program, the results within the anonymity rules")
    @GetMapping("/sessions/{id}/feedback")
    FeedbackJson get(CurrentUser user, @PathVariable UUID id) {
        boolean manages = programs.program(user, feedback.session(user, id).programId()).manages();
        return new FeedbackJson(feedback.status(user, id), manages ? feedback.summary(user, id) : null);
    }

    @Operation(summary = "Anonymous feedback on a session that has ended: {\"rating\": 1..5, \"comment\"}; once per person (409), for those who held a seat or, at a drop-in, saw the program (400 otherwise)")
    @PostMapping("/sessions/{id}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    FeedbackJson give(CurrentUser user, @PathVariable UUID id, @RequestBody FeedbackBody body) {
        feedback.give(user, id, body.rating(), body.comment());
        return new FeedbackJson(FeedbackStatus.GIVEN, null);
    }
}
