package org.shelfcare.timeoff.web;

import org.shelfcare.timeoff.LeaveFeeds;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secret address of a calendar feed, read by calendar apps without signing in (the security
 * configuration lets it through and limits how often one address may ask). An unknown or revoked
 * secret answers 404, like everything else a caller may not see.
 */
@RestController
class FeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final LeaveFeeds feeds;

    FeedController(LeaveFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(LeaveFeeds.PATH + "{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.calendar(token)
                .map(calendar -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                        .body(calendar))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
