package org.shelfcare.wellbeing.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.JoyShare;
import org.shelfcare.wellbeing.JoyWall;
import org.shelfcare.wellbeing.Kudos;
import org.shelfcare.wellbeing.KudosDraft;
import org.shelfcare.wellbeing.KudosNote;
import org.shelfcare.wellbeing.KudosVisibility;
import org.shelfcare.wellbeing.ShareRequest;
import org.shelfcare.wellbeing.WallAudience;
import org.shelfcare.wellbeing.WallPost;
import org.shelfcare.wellbeing.WallReaction;
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
 * The Joy Wall and kudos as JSON, with the permissions of the pages: sharing one's own joy entry
 * ({@code /joy/{id}/share}), the walls ({@code /joy/wall}), reactions, hiding by wellness leads and
 * admins, and kudos. An anonymous post's {@code author} is null for everyone.
 */
@ApiController("/api/v1/wellbeing")
class JoyWallApiController {

    private final JoyWall wall;
    private final Kudos kudos;

    JoyWallApiController(JoyWall wall, Kudos kudos) {
        this.wall = wall;
        this.kudos = kudos;
    }

    record Author(UUID id, @Nullable String name) {}

    /** A post; {@code yours} is true only for its author, {@code hiddenReason} only for moderators and the author. */
    record WallPostJson(UUID id, WallAudience audience, @Nullable UUID unitId, @Nullable String unitName,
            boolean anonymous, @Nullable Author author, String text, LocalDate date, boolean hidden,
            @Nullable String hiddenReason, Map<WallReaction, Integer> reactions, Set<WallReaction> mine, boolean yours) {

        static WallPostJson of(WallPost p) {
            return new WallPostJson(p.id(), p.audience(), p.unitId(), p.unitName(), p.anonymous(),
                    p.authorId() == null ? null : new Author(p.authorId(), p.authorName()), p.text(), p.date(),
                    p.hidden(), p.hiddenReason(), p.reactions(), p.mine(), p.yours());
        }
    }

    record KudosJson(UUID id, Author from, Author to, String text, KudosVisibility visibility, boolean hidden,
            Instant createdAt) {

        static KudosJson of(KudosNote k) {
            return new KudosJson(k.id(), new Author(k.giverId(), k.giverName()), new Author(k.receiverId(),
                    k.receiverName()), k.text(), k.visibility(), k.hidden(), k.createdAt());
        }
    }

    record ShareBody(@Nullable String audience, @Nullable UUID unitId, boolean anonymous) {}

    record HideBody(@Nullable String reason) {}

    record KudosBody(@Nullable String to, @Nullable String text, @Nullable String visibility) {}

    record Created(UUID id) {}

    // ---- sharing ----------------------------------------------------------------------------------

    @Operation(summary = "Share a copy of one of the caller's own joy entries to the library's, a branch's or the department's wall, named or anonymous (anonymous needs an audience of at least k people)")
    @PostMapping("/joy/{id}/share")
    @ResponseStatus(HttpStatus.CREATED)
    Created share(CurrentUser user, @PathVariable UUID id, @RequestBody ShareBody body) {
        return new Created(wall.share(user, id, new ShareRequest(body.audience(), body.unitId(), body.anonymous())));
    }

    @Operation(summary = "Where the caller's own joy entry is shared, and whether it was hidden and why; 404 when it is not shared")
    @GetMapping("/joy/{id}/share")
    JoyShare shareOf(CurrentUser user, @PathVariable UUID id) {
        return wall.shareOf(user, id).orElseThrow(Problems::notFound);
    }

    @Operation(summary = "Withdraw the caller's own joy entry from the wall")
    @DeleteMapping("/joy/{id}/share")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(CurrentUser user, @PathVariable UUID id) {
        wall.withdraw(user, id);
    }

    // ---- the wall ---------------------------------------------------------------------------------

    @Operation(summary = "A Joy Wall, newest first: scope LIBRARY, BRANCH (the caller's branches, or unitId) or DEPARTMENT")
    @GetMapping("/joy/wall")
    ListPage<WallPostJson> wall(CurrentUser user, @RequestParam(defaultValue = "LIBRARY") String scope,
            @RequestParam(required = false) @Nullable UUID unitId, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        WallAudience audience;
        try {
            audience = WallAudience.valueOf(scope.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Problems.invalid("scope", "wellbeing.wall.scopeUnknown");
        }
        return ListPage.of(wall.wall(user, audience, unitId).stream().map(WallPostJson::of).toList(), cursor, limit);
    }

    @Operation(summary = "Give a reaction (HEART, CELEBRATE, THANKS, ME_TOO); giving it twice changes nothing")
    @PutMapping("/joy/wall/{postId}/reactions/{kind}")
    WallPostJson react(CurrentUser user, @PathVariable UUID postId, @PathVariable String kind) {
        return WallPostJson.of(wall.react(user, postId, reaction(kind), true));
    }

    @Operation(summary = "Take back a reaction")
    @DeleteMapping("/joy/wall/{postId}/reactions/{kind}")
    WallPostJson unreact(CurrentUser user, @PathVariable UUID postId, @PathVariable String kind) {
        return WallPostJson.of(wall.react(user, postId, reaction(kind), false));
    }

    @Operation(summary = "Hide a post, with a reason its author sees (wellness leads and admins)")
    @PostMapping("/joy/wall/{postId}/hide")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void hide(CurrentUser user, @PathVariable UUID postId, @RequestBody HideBody body) {
        wall.hide(user, postId, body.reason());
    }

    @Operation(summary = "Put a hidden post back on the wall (wellness leads and admins)")
    @PostMapping("/joy/wall/{postId}/unhide")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unhide(CurrentUser user, @PathVariable UUID postId) {
        wall.unhide(user, postId);
    }

    // ---- kudos ------------------------------------------------------------------------------------

    @Operation(summary = "Give kudos to a colleague, on the wall (WALL) or only for them (PRIVATE)")
    @PostMapping("/kudos")
    @ResponseStatus(HttpStatus.CREATED)
    Created give(CurrentUser user, @RequestBody KudosBody body) {
        return new Created(kudos.give(user, new KudosDraft(body.to(), body.text(), body.visibility())));
    }

    @Operation(summary = "Kudos for the caller, newest first, hidden ones included")
    @GetMapping("/kudos/received")
    ListPage<KudosJson> received(CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return ListPage.of(kudos.received(user).stream().map(KudosJson::of).toList(), cursor, limit);
    }

    @Operation(summary = "Kudos the caller gave, newest first")
    @GetMapping("/kudos/given")
    ListPage<KudosJson> given(CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return ListPage.of(kudos.given(user).stream().map(KudosJson::of).toList(), cursor, limit);
    }

    @Operation(summary = "Kudos on the library's Joy Wall, newest first")
    @GetMapping("/kudos/wall")
    ListPage<KudosJson> kudosWall(CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return ListPage.of(kudos.wall(user).stream().map(KudosJson::of).toList(), cursor, limit);
    }

    @Operation(summary = "Delete kudos the caller gave")
    @DeleteMapping("/kudos/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteKudos(CurrentUser user, @PathVariable UUID id) {
        kudos.delete(user, id);
    }

    @Operation(summary = "Take kudos about the caller off the wall (the receiver only)")
    @PostMapping("/kudos/{id}/hide")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void hideKudos(CurrentUser user, @PathVariable UUID id) {
        kudos.hide(user, id, true);
    }

    @Operation(summary = "Put kudos about the caller back on the wall (the receiver only)")
    @PostMapping("/kudos/{id}/unhide")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unhideKudos(CurrentUser user, @PathVariable UUID id) {
        kudos.hide(user, id, false);
    }

    private static WallReaction reaction(String kind) {
        return WallReaction.of(kind).orElseThrow(Problems::notFound);
    }
}
