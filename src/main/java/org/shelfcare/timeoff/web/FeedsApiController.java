package org.shelfcare.timeoff.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.timeoff.FeedScope;
import org.shelfcare.timeoff.LeaveFeed;
import org.shelfcare.timeoff.LeaveFeeds;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.shelfcare.web.PublicLinks;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The caller's calendar feeds as JSON. The secret address is answered once, when a feed is made. */
@ApiController("/api/v1/timeoff/feeds")
class FeedsApiController {

    private final LeaveFeeds feeds;
    private final PublicLinks links;

    FeedsApiController(LeaveFeeds feeds, PublicLinks links) {
        this.feeds = feeds;
        this.links = links;
    }

    record FeedJson(UUID id, FeedScope scope, @Nullable UUID unitId, @Nullable String unitName, Instant createdAt) {

        static FeedJson of(LeaveFeed feed) {
            return new FeedJson(feed.id(), feed.scope(), feed.unitId(), feed.unitName(), feed.createdAt());
        }
    }

    record CreatedJson(UUID id, FeedScope scope, @Nullable UUID unitId, String url) {}

    record FeedBody(@Nullable String scope, @Nullable UUID unitId) {}

    @Operation(summary = "The caller's calendar feeds that still work (without their secret addresses)")
    @GetMapping
    ListPage<FeedJson> list(CurrentUser user) {
        return new ListPage<>(feeds.feeds(user).stream().map(FeedJson::of).toList(), null);
    }

    @Operation(summary = "Make a feed: MINE, TEAM, or BRANCH or DEPARTMENT with a unitId; answers its address once")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedJson create(CurrentUser user, @RequestBody FeedBody body) {
        LeaveFeeds.Created created = feeds.create(user, body.scope(), body.unitId());
        return new CreatedJson(created.feed().id(), created.feed().scope(), created.feed().unitId(),
                links.absolute(created.path()));
    }

    @Operation(summary = "Revoke a feed: its address answers 404 from now on")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(CurrentUser user, @PathVariable UUID id) {
        feeds.revoke(user, id);
    }
}
