package org.shelfcare.wellbeing.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.LeaderPost;
import org.shelfcare.wellbeing.LeaderPostDraft;
import org.shelfcare.wellbeing.LeadersCorner;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
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
 * The leaders' corner as JSON: the posts the caller may see, and their own to write, change and
 * delete (supervisors, wellness leads and admins). A post the caller cannot see answers 404; one
 * they see but did not write answers 403 to a change.
 */
@ApiController("/api/v1/wellbeing/leaders")
class LeadersApiController {

    private final LeadersCorner corner;

    LeadersApiController(LeadersCorner corner) {
        this.corner = corner;
    }

    /** A post as the API shows it; {@code audience} is TEAM or LIBRARY, {@code mine} says whether the caller wrote it. */
    record LeaderPostJson(UUID id, UUID authorId, String authorName, @Nullable String title, String body,
            String audience, boolean mine, Instant createdAt, Instant updatedAt) {

        static LeaderPostJson of(LeaderPost p) {
            return new LeaderPostJson(p.id(), p.authorId(), p.authorName(), p.title(), p.body(), p.audience().name(),
                    p.mine(), p.createdAt(), p.updatedAt());
        }
    }

    record LeaderPostRequest(@Nullable String title, @Nullable String body, @Nullable String audience) {

        LeaderPostDraft draft() {
            return new LeaderPostDraft(title, body, audience);
        }
    }

    record Created(UUID id) {}

    @Operation(summary = "Leaders' corner posts the caller may see (their leaders' team posts, library-wide posts, their own), newest first")
    @GetMapping
    ListPage<LeaderPostJson> list(CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return ListPage.of(corner.visible(user).stream().map(LeaderPostJson::of).toList(), cursor, limit);
    }

    @Operation(summary = "Post a reflection (supervisors, wellness leads and admins); audience TEAM or LIBRARY")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created create(CurrentUser user, @RequestBody LeaderPostRequest request) {
        return new Created(corner.write(user, request.draft()));
    }

    @Operation(summary = "One post the caller may see")
    @GetMapping("/{id}")
    LeaderPostJson get(CurrentUser user, @PathVariable UUID id) {
        return LeaderPostJson.of(corner.post(user, id));
    }

    @Operation(summary = "Replace the title, body and audience of one of the caller's own posts")
    @PutMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void update(CurrentUser user, @PathVariable UUID id, @RequestBody LeaderPostRequest request) {
        corner.change(user, id, request.draft());
    }

    @Operation(summary = "Delete one of the caller's own posts")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user, @PathVariable UUID id) {
        corner.delete(user, id);
    }
}
