package org.shelfcare.notifications.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.LiveStream;
import org.shelfcare.notifications.TopicAuthorizer;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.Problems;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one live stream a page holds open. The caller's own unread count ({@code notifications}) is
 * always on it; other topics are added by name when their module lets the caller follow them.
 */
@ApiController("/api/v1/stream")
class StreamApiController {

    private static final int MAX_TOPICS = 10;
    private static final int MAX_TOPIC_LENGTH = 200;

    private final LiveStream live;
    private final NotificationManagement notifications;
    private final List<TopicAuthorizer> authorizers;
    private final JsonMapper json;

    StreamApiController(LiveStream live, NotificationManagement notifications, List<TopicAuthorizer> authorizers,
            JsonMapper json) {
        this.live = live;
        this.notifications = notifications;
        this.authorizers = authorizers;
        this.json = json;
    }

    @Operation(summary = "Server-sent events for the signed-in person (text/event-stream); resumes with Last-Event-ID")
    @GetMapping(produces = {MediaType.TEXT_EVENT_STREAM_VALUE, MediaType.APPLICATION_JSON_VALUE})
    SseEmitter stream(CurrentUser me, @RequestParam(defaultValue = "") String topics,
            @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
            HttpServletResponse response) {
        Set<String> followed = new LinkedHashSet<>();
        followed.add(NotificationManagement.TOPIC);
        for (String topic : topics.split(",")) {
            String name = topic.strip();
            if (name.isEmpty() || followed.contains(name)) {
                continue;
            }
            if (name.length() > MAX_TOPIC_LENGTH || followed.size() >= MAX_TOPICS) {
                throw Problems.invalid("topics", "notifications.stream.tooManyTopics", MAX_TOPICS);
            }
            if (authorizers.stream().noneMatch(a -> a.supports(name) && a.maySubscribe(me, name))) {
                throw Problems.notFound();
            }
            followed.add(name);
        }
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no");
        SseEmitter.SseEventBuilder unread = SseEmitter.event().name(NotificationManagement.UNREAD_EVENT)
                .data(json.writeValueAsString(Map.of("count", notifications.unreadCount(me))));
        return live.subscribe(me, followed, lastEventId, List.of(unread));
    }
}
