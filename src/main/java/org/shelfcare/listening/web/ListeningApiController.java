package org.shelfcare.listening.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import java.util.Map;
import org.shelfcare.listening.HideReason;
import org.shelfcare.listening.ListeningSession;
import org.shelfcare.listening.QuestionStatus;
import org.shelfcare.listening.ListeningSessions;
import org.shelfcare.listening.Question;
import org.shelfcare.listening.SessionAudience;
import org.shelfcare.listening.SessionDraft;
import org.shelfcare.listening.SessionFormat;
import org.shelfcare.notifications.LiveStream;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Listening sessions, questions and votes as JSON, with the permissions of the pages, and the
 * session's live stream. No response carries the author of an anonymous question.
 */
@ApiController("/api/v1/listening")
class ListeningApiController {

    private final ListeningSessions sessions;
    private final LiveStream live;

    ListeningApiController(ListeningSessions sessions, LiveStream live) {
        this.sessions = sessions;
        this.live = live;
    }

    record SessionBody(@Nullable String title, @Nullable String purpose, @Nullable String startsAt,
            @Nullable String endsAt, @Nullable String format, @Nullable String location, @Nullable String audience,
            @Nullable UUID unitId, @Nullable String agenda, @Nullable Boolean moderated) {}

    record SessionJson(UUID id, String title, @Nullable String purpose, Instant startsAt, @Nullable Instant endsAt,
            SessionFormat format, @Nullable String location, SessionAudience audience, @Nullable UUID unitId,
            @Nullable String unitName, @Nullable String agenda, String joinCode, @Nullable String hostName,
            boolean moderated, boolean closed, int questions, @Nullable Map<HideReason, Integer> hidden) {

        static SessionJson of(ListeningSession s, @Nullable Map<HideReason, Integer> hidden) {
            return new SessionJson(s.id(), s.title(), s.purpose(), s.startsAt(), s.endsAt(), s.format(), s.location(),
                    s.audience(), s.unitId(), s.unitName(), s.agenda(), s.joinCode(), s.hostName(), s.moderated(),
                    s.closed(), s.questions(), hidden);
        }
    }

    record QuestionBody(@Nullable String text, @Nullable Boolean anonymous) {}

    /** {@code author} is null on an anonymous question, for everyone. */
    record QuestionJson(UUID id, String text, boolean anonymous, @Nullable String author, LocalDate date, int votes,
            boolean voted, QuestionStatus status, @Nullable HideReason hiddenReason, @Nullable String answer,
            int mergedVotes, List<Question.Merged> merged, boolean pinned) {

        static QuestionJson of(Question q, @Nullable UUID pinned) {
            return new QuestionJson(q.id(), q.text(), q.anonymous(), q.authorName(), q.date(), q.votes(), q.voted(),
                    q.status(), q.hiddenReason(), q.answer(), q.mergedVotes(), q.merged(), q.id().equals(pinned));
        }
    }

    record MergeBody(@Nullable UUID into) {}

    record PinBody(@Nullable UUID questionId) {}

    /** The pinned question's id and text; both null when nothing is pinned. */
    record PinnedJson(@Nullable UUID id, @Nullable String text) {}

    record HideBody(@Nullable String reason) {}

    record AnswerBody(@Nullable String answer) {}


    record Votes(int votes) {}

    @Operation(summary = "Hold a session (admins and wellness leads for the library, a branch or a department; supervisors for their branch or department); startsAt is a local date-time in the caller's zone or an instant; answers its id and join code")
    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    ListeningSessions.Created create(CurrentUser user, @RequestBody SessionBody body) {
        return sessions.create(user, new SessionDraft(body.title(), body.purpose(), body.startsAt(), body.endsAt(),
                body.format(), body.location(), body.audience(), body.unitId(), body.agenda(),
                Boolean.TRUE.equals(body.moderated())));
    }

    @Operation(summary = "The sessions the caller sees: upcoming first (soonest first), then past ones")
    @GetMapping("/sessions")
    ListPage<SessionJson> list(CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return ListPage.of(sessions.sessions(user).stream().map(s -> SessionJson.of(s, null)).toList(), cursor, limit);
    }

    @Operation(summary = "One session the caller sees, with the count of hidden questions per reason")
    @GetMapping("/sessions/{id}")
    SessionJson one(CurrentUser user, @PathVariable UUID id) {
        return SessionJson.of(sessions.session(user, id), sessions.hiddenCounts(user, id));
    }

    @Operation(summary = "Close a session: no more questions or votes (its host, admins and wellness leads)")
    @PostMapping("/sessions/{id}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void close(CurrentUser user, @PathVariable UUID id) {
        sessions.close(user, id);
    }

    @Operation(summary = "Ask a question, anonymous unless anonymous is false; anonymous needs an audience of at least k people and answers its editToken once (keep it: it is stored only as a hash, and is the only way to edit, withdraw or follow the question); 409 once the session is closed, 429 when posting too fast")
    @PostMapping("/sessions/{id}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    OwnQuestionsApiController.Asked ask(CurrentUser user, @PathVariable UUID id, @RequestBody QuestionBody body) {
        var posted = sessions.post(user, id, body.text(), body.anonymous() == null || body.anonymous());
        return new OwnQuestionsApiController.Asked(posted.id(), posted.editToken());
    }

    @Operation(summary = "The session's questions, most votes first, then oldest first")
    @GetMapping("/sessions/{id}/questions")
    ListPage<QuestionJson> questions(CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "100") int limit) {
        UUID pinned = sessions.pinned(user, id).orElse(null);
        return ListPage.of(sessions.questions(user, id).stream().map(q -> QuestionJson.of(q, pinned)).toList(), cursor,
                limit);
    }

    @Operation(summary = "Vote for a question; a second vote answers 409")
    @PostMapping("/questions/{id}/votes")
    @ResponseStatus(HttpStatus.CREATED)
    Votes vote(CurrentUser user, @PathVariable UUID id) {
        return new Votes(sessions.vote(user, id));
    }

    @Operation(summary = "Withdraw the caller's vote; 404 when there is none")
    @DeleteMapping("/questions/{id}/votes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unvote(CurrentUser user, @PathVariable UUID id) {
        sessions.unvote(user, id);
    }

    @Operation(summary = "Show a held or hidden question to the audience (the session's host, admins and wellness leads)")
    @PostMapping("/questions/{id}/approve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void approve(CurrentUser user, @PathVariable UUID id) {
        sessions.approve(user, id);
    }

    @Operation(summary = "Hide a question with a reason: OFF_TOPIC, DUPLICATE, PERSONAL_ATTACK, IDENTIFIES_SOMEONE or OTHER (the session's host, admins and wellness leads)")
    @PostMapping("/questions/{id}/hide")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void hide(CurrentUser user, @PathVariable UUID id, @RequestBody HideBody body) {
        sessions.hide(user, id, body.reason());
    }

    @Operation(summary = "Mark a question answered with a short written answer (the session's host, admins and wellness leads)")
    @PostMapping("/questions/{id}/answer")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void answer(CurrentUser user, @PathVariable UUID id, @RequestBody AnswerBody body) {
        sessions.answer(user, id, body.answer());
    }

    @Operation(summary = "Merge a duplicate question into another visible question of its session ({\"into\": id}): it leaves the list, its asker sees where it went, and its votes count on that question until the merge is undone; answers the votes that question now shows (the session's host, admins and wellness leads)")
    @PostMapping("/questions/{id}/merge")
    Votes merge(CurrentUser user, @PathVariable UUID id, @RequestBody MergeBody body) {
        return new Votes(sessions.merge(user, id, body.into()));
    }

    @Operation(summary = "Undo a merge: the question gets back the status and votes it had (the session's host, admins and wellness leads)")
    @DeleteMapping("/questions/{id}/merge")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unmerge(CurrentUser user, @PathVariable UUID id) {
        sessions.unmerge(user, id);
    }

    @Operation(summary = "The question the session is discussing now (id and text, both null when none)")
    @GetMapping("/sessions/{id}/pinned")
    PinnedJson pinned(CurrentUser user, @PathVariable UUID id) {
        UUID pinned = sessions.pinned(user, id).orElse(null);
        if (pinned == null) {
            return new PinnedJson(null, null);
        }
        return sessions.questions(user, id).stream().filter(q -> q.id().equals(pinned)).findFirst()
                .map(q -> new PinnedJson(q.id(), q.text())).orElse(new PinnedJson(null, null));
    }

    @Operation(summary = "Pin a visible question as the one discussing now ({\"questionId\": id}), in place of any other (the session's host, admins and wellness leads)")
    @PutMapping("/sessions/{id}/pinned")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void pin(CurrentUser user, @PathVariable UUID id, @RequestBody PinBody body) {
        sessions.pin(user, id, body.questionId());
    }

    @Operation(summary = "Unpin the session's question (the session's host, admins and wellness leads)")
    @DeleteMapping("/sessions/{id}/pinned")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unpin(CurrentUser user, @PathVariable UUID id) {
        sessions.unpin(user, id);
    }

    @Operation(summary = "The session's live events (text/event-stream): event 'question' with {id, votes, status}; resumes with Last-Event-ID")
    @GetMapping(path = "/sessions/{id}/stream", produces = {MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_JSON_VALUE})
    SseEmitter stream(CurrentUser user, @PathVariable UUID id,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
            HttpServletResponse response) {
        if (!sessions.sees(user, id)) {
            throw Problems.notFound();
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        return live.subscribe(user, Set.of(ListeningRoutes.topic(id)), lastEventId, List.of());
    }
}
