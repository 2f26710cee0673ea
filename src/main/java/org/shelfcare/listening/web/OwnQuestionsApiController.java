package org.shelfcare.listening.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.listening.HideReason;
import org.shelfcare.listening.LinkedAction;
import org.shelfcare.listening.OwnQuestion;
import org.shelfcare.listening.OwnQuestions;
import org.shelfcare.listening.QuestionStatus;
import org.shelfcare.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * One's own session question as JSON: the named author, or the anonymous asker with the
 * {@code editToken} answered once when it was posted, sent in the {@code X-Edit-Token} header.
 * A wrong or missing secret answers 404, like a question that does not exist.
 */
@ApiController("/api/v1/listening")
class OwnQuestionsApiController {

    static final String EDIT_TOKEN = "X-Edit-Token";

    private final OwnQuestions own;

    OwnQuestionsApiController(OwnQuestions own) {
        this.own = own;
    }

    /** The answer to posting a question: {@code editToken} only on an anonymous one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Asked(UUID id, @Nullable String editToken) {}

    record TextBody(@Nullable String text) {}

    /** The question a merged question went into. */
    record MergedInto(UUID id, @Nullable String text) {}

    record OwnQuestionJson(UUID id, UUID sessionId, String text, boolean anonymous, LocalDate date,
            QuestionStatus status, @Nullable HideReason hiddenReason, @Nullable String answer, boolean editable,
            @Nullable MergedInto mergedInto, List<LinkedAction> actions, boolean news) {

        static OwnQuestionJson of(OwnQuestion q) {
            return new OwnQuestionJson(q.id(), q.sessionId(), q.text(), q.anonymous(), q.date(), q.status(),
                    q.hiddenReason(), q.answer(), q.editable(), q.mergedInto() == null ? null
                            : new MergedInto(q.mergedInto(), q.mergedIntoText()), q.actions(), q.news());
        }
    }

    @Operation(summary = "One's own question with its status and hide reason: the named author, or the anonymous asker with X-Edit-Token (otherwise 404)")
    @GetMapping("/questions/{id}/own")
    OwnQuestionJson question(CurrentUser user, @PathVariable UUID id,
            @RequestHeader(name = EDIT_TOKEN, required = false) @Nullable String token) {
        return OwnQuestionJson.of(own.question(user, id, token));
    }

    @Operation(summary = "The asker has looked at the news of their question: from today on, only what happens next is news (only the day is kept, on the question); with X-Edit-Token when anonymous")
    @PostMapping("/questions/{id}/own/seen")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void seen(CurrentUser user, @PathVariable UUID id,
            @RequestHeader(name = EDIT_TOKEN, required = false) @Nullable String token) {
        own.look(user, id, token);
    }

    @Operation(summary = "Change one's own question's text while it is not answered (409 after); with X-Edit-Token when anonymous")
    @PutMapping("/questions/{id}/own")
    OwnQuestionJson edit(CurrentUser user, @PathVariable UUID id, @RequestBody TextBody body,
            @RequestHeader(name = EDIT_TOKEN, required = false) @Nullable String token) {
        return OwnQuestionJson.of(own.edit(user, id, token, body.text()));
    }

    @Operation(summary = "Withdraw one's own question (status WITHDRAWN, gone from the list, no more votes); with X-Edit-Token when anonymous")
    @DeleteMapping("/questions/{id}/own")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(CurrentUser user, @PathVariable UUID id,
            @RequestHeader(name = EDIT_TOKEN, required = false) @Nullable String token) {
        own.withdraw(user, id, token);
    }
}
