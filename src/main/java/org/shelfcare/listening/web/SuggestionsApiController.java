package org.shelfcare.listening.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.listening.LinkedAction;
import org.shelfcare.listening.OwnSuggestion;
import org.shelfcare.listening.Suggestion;
import org.shelfcare.listening.SuggestionBox;
import org.shelfcare.listening.SuggestionHideReason;
import org.shelfcare.listening.SuggestionPosted;
import org.shelfcare.listening.SuggestionTheme;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The suggestion box and its themes as JSON. An anonymous suggestion's {@code author} is null for
 * everyone, its author included; its author proves it is theirs with the {@code editToken} answered
 * once when it was posted, sent in the {@code X-Edit-Token} header.
 */
@ApiController("/api/v1/listening")
class SuggestionsApiController {

    static final String EDIT_TOKEN = "X-Edit-Token";

    private final SuggestionBox box;

    SuggestionsApiController(SuggestionBox box) {
        this.box = box;
    }

    record Author(UUID id, @Nullable String name) {}

    /** {@code hiddenReason} only for moderators and the suggestion's own author. */
    record SuggestionJson(UUID id, String text, boolean anonymous, @Nullable Author author, LocalDate postedOn,
            int votes, boolean voted, boolean yours, boolean hidden, @Nullable SuggestionHideReason hiddenReason,
            @Nullable UUID themeId, @Nullable String themeName) {

        static SuggestionJson of(Suggestion s) {
            return new SuggestionJson(s.id(), s.text(), s.anonymous(),
                    s.authorId() == null ? null : new Author(s.authorId(), s.authorName()), s.postedOn(), s.votes(),
                    s.voted(), s.yours(), s.hidden(), s.hiddenReason(), s.themeId(), s.themeName());
        }
    }

    /** One's own suggestion: the suggestion, the actions it led to, and whether one changed since its author last looked. */
    record OwnSuggestionJson(SuggestionJson suggestion, List<LinkedAction> actions, boolean news) {

        static OwnSuggestionJson of(OwnSuggestion own) {
            return new OwnSuggestionJson(SuggestionJson.of(own.suggestion()), own.actions(), own.news());
        }
    }

    record SuggestionBody(@Nullable String text, boolean anonymous) {}

    record TextBody(@Nullable String text) {}

    record HideBody(@Nullable String reason) {}

    record ThemeBody(@Nullable String name) {}

    record GroupBody(@Nullable UUID themeId) {}

    record Votes(int votes) {}

    record Created(UUID id) {}

    record Box(int threshold, boolean anonymousAllowed, Map<SuggestionHideReason, Integer> hidden) {}

    @Operation(summary = "Post a suggestion, anonymous or named; an anonymous one answers its editToken once (keep it: it is stored only as a hash) and needs an audience of at least k people")
    @PostMapping("/suggestions")
    @ResponseStatus(HttpStatus.CREATED)
    SuggestionPosted post(CurrentUser user, @RequestBody SuggestionBody body) {
        return box.post(user, body.text(), body.anonymous());
    }

    @Operation(summary = "The suggestion box, most voted first, with vote counts; hidden suggestions only for moderators and their named author")
    @GetMapping("/suggestions")
    ListPage<SuggestionJson> list(CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return ListPage.of(box.list(user).stream().map(SuggestionJson::of).toList(), cursor, limit);
    }

    @Operation(summary = "The box's anonymity threshold, whether anonymous posting is open, and how many suggestions are hidden per reason")
    @GetMapping("/suggestions/summary")
    Box summary(CurrentUser user) {
        return new Box(box.threshold(user), box.anonymousAllowed(user), box.hiddenCounts(user));
    }

    @Operation(summary = "One suggestion; with X-Edit-Token its anonymous author sees it even hidden, with the reason")
    @GetMapping("/suggestions/{id}")
    SuggestionJson one(CurrentUser user, @PathVariable UUID id,
            @RequestHeader(name = EDIT_TOKEN, required = false) @Nullable String token) {
        return SuggestionJson.of(box.suggestion(user, id, token));
    }

    @Operation(summary = "One's own suggestion with the actions it led to and whether one changed since its author last looked: the named author, or the anonymous author with X-Edit-Token (403 with a wrong one; 404 when hidden from the caller)")
    @GetMapping("/suggestions/{id}/own")
    OwnSuggestionJson own(CurrentUser user, @PathVariable UUID id,
            @RequestHeader(name = EDIT_TOKEN, required = false) @Nullable String token) {
        return OwnSuggestionJson.of(box.own(user, id, token, false));
    }

    @Operation(summary = "The author has looked at the news of their suggestion: from today on, only what changes next is news (only the day is kept, on the suggestion); with X-Edit-Token when anonymous")
    @PostMapping("/suggestions/{id}/own/seen")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void seen(CurrentUser user, @PathVariable UUID id,
            @RequestHeader(name = EDIT_TOKEN, required = false) @Nullable String token) {
        box.own(user, id, token, true);
    }

    @Operation(summary = "Change the text: the named author, or the anonymous author with X-Edit-Token")
    @PutMapping("/suggestions/{id}")
    SuggestionJson edit(CurrentUser user, @PathVariable UUID id, @RequestBody TextBody body,
            @RequestHeader(name = EDIT_TOKEN, required = false) @Nullable String token) {
        return SuggestionJson.of(box.edit(user, id, body.text(), token));
    }

    @Operation(summary = "Withdraw a suggestion: the named author, or the anonymous author with X-Edit-Token")
    @DeleteMapping("/suggestions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(CurrentUser user, @PathVariable UUID id,
            @RequestHeader(name = EDIT_TOKEN, required = false) @Nullable String token) {
        box.withdraw(user, id, token);
    }

    @Operation(summary = "Upvote a suggestion; a second vote answers 409")
    @PostMapping("/suggestions/{id}/votes")
    Votes vote(CurrentUser user, @PathVariable UUID id) {
        return new Votes(box.vote(user, id));
    }

    @Operation(summary = "Take one's vote back; 404 when there is none")
    @DeleteMapping("/suggestions/{id}/votes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unvote(CurrentUser user, @PathVariable UUID id) {
        box.unvote(user, id);
    }

    @Operation(summary = "Wellness leads and admins hide a suggestion with a reason: OFF_TOPIC, PERSONAL_ATTACK, IDENTIFIES_SOMEONE, DUPLICATE or OTHER")
    @PutMapping("/suggestions/{id}/hidden")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void hide(CurrentUser user, @PathVariable UUID id, @RequestBody HideBody body) {
        box.hide(user, id, body.reason());
    }

    @Operation(summary = "Wellness leads and admins show a hidden suggestion again")
    @DeleteMapping("/suggestions/{id}/hidden")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unhide(CurrentUser user, @PathVariable UUID id) {
        box.unhide(user, id);
    }

    @Operation(summary = "Wellness leads and admins put a suggestion in a theme, or (themeId null) take it out")
    @PutMapping("/suggestions/{id}/theme")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void group(CurrentUser user, @PathVariable UUID id, @RequestBody GroupBody body) {
        box.group(user, id, body.themeId());
    }

    @Operation(summary = "The themes, with their suggestion count only when it reaches the anonymity threshold")
    @GetMapping("/themes")
    List<SuggestionTheme> themes(CurrentUser user) {
        return box.themes(user);
    }

    @Operation(summary = "Wellness leads and admins create a theme")
    @PostMapping("/themes")
    @ResponseStatus(HttpStatus.CREATED)
    Created createTheme(CurrentUser user, @RequestBody ThemeBody body) {
        return new Created(box.createTheme(user, body.name()));
    }

    @Operation(summary = "Wellness leads and admins rename a theme")
    @PutMapping("/themes/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void renameTheme(CurrentUser user, @PathVariable UUID id, @RequestBody ThemeBody body) {
        box.renameTheme(user, id, body.name());
    }

    @Operation(summary = "Wellness leads and admins delete a theme; its suggestions stay, in no theme")
    @DeleteMapping("/themes/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTheme(CurrentUser user, @PathVariable UUID id) {
        box.deleteTheme(user, id);
    }
}
