package org.shelfcare.listening.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.listening.LinkedAction;
import org.shelfcare.listening.LinkedQuestion;
import org.shelfcare.listening.ListeningSessions;
import org.shelfcare.listening.Question;
import org.shelfcare.listening.QuestionTrail;
import org.shelfcare.listening.QuestionTrails;
import org.shelfcare.listening.ThemeView;
import org.shelfcare.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What became of session questions as JSON: a theme with its questions and suggestions, putting a
 * question into a theme (wellness leads and admins), and for a session's questions their theme, the
 * actions they led to and news for the caller. No answer ever names the asker of an anonymous question.
 */
@ApiController("/api/v1/listening")
class QuestionTrailsApiController {

    private final QuestionTrails trails;
    private final ListeningSessions sessions;

    QuestionTrailsApiController(QuestionTrails trails, ListeningSessions sessions) {
        this.trails = trails;
        this.sessions = sessions;
    }

    /** A session question behind an action or in a theme: {@code author} null on an anonymous one. */
    record QuestionJson(UUID id, UUID sessionId, String sessionTitle, String text, boolean anonymous,
            @Nullable String author, int votes, @Nullable String answer, boolean voted) {

        static QuestionJson of(LinkedQuestion q) {
            return new QuestionJson(q.id(), q.sessionId(), q.sessionTitle(), q.text(), q.anonymous(),
                    q.anonymous() ? null : q.authorName(), q.votes(), q.answer(), q.voted());
        }
    }

    record ThemeJson(UUID id, String name, int threshold, @Nullable Integer questionCount,
            @Nullable Integer suggestionCount, @Nullable Integer total, List<QuestionJson> questions,
            List<SuggestionsApiController.SuggestionJson> suggestions) {}

    record TrailJson(UUID questionId, @Nullable UUID themeId, @Nullable String themeName, List<LinkedAction> actions,
            boolean news) {}

    record GroupBody(@Nullable UUID themeId) {}

    @Operation(summary = "One theme with its visible session questions and suggestions; a count is null when above zero but under k, the total whenever a part is withheld")
    @GetMapping("/themes/{id}")
    ThemeJson theme(CurrentUser user, @PathVariable UUID id) {
        ThemeView t = trails.theme(user, id);
        return new ThemeJson(t.id(), t.name(), t.threshold(), t.questionCount(), t.suggestionCount(), t.total(),
                t.questions().stream().map(QuestionJson::of).toList(),
                t.suggestions().stream().map(SuggestionsApiController.SuggestionJson::of).toList());
    }

    @Operation(summary = "Wellness leads and admins put a session question in a theme, or (themeId null) take it out")
    @PutMapping("/questions/{id}/theme")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void group(CurrentUser user, @PathVariable UUID id, @RequestBody GroupBody body) {
        trails.group(user, id, body.themeId());
    }

    @Operation(summary = "For each question of the session the caller sees: its theme, the actions it led to, and news (an answer or an action change since the caller last looked at the board, on a question they upvoted or asked by name)")
    @GetMapping("/sessions/{id}/trails")
    List<TrailJson> trails(CurrentUser user, @PathVariable UUID id) {
        List<Question> questions = sessions.questions(user, id);
        Map<UUID, QuestionTrail> trails = this.trails.trails(user, id, questions);
        return questions.stream().map(q -> {
            QuestionTrail t = trails.get(q.id());
            return new TrailJson(q.id(), t.themeId(), t.themeName(), t.actions(), t.news());
        }).toList();
    }
}
