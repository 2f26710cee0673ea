package org.shelfcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shelfcare.support.Fixtures.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The one live stream: the unread count rides on it, and a reconnecting page gets what it missed. */
@IntegrationTest
class LiveStreamTests {

    private static final Pattern ID = Pattern.compile("id:(\\S+)\nevent:unread\ndata:\\{\"count\":(\\d+)}");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired NotificationManagement notifications;
    @Autowired LiveStream live;

    private MvcResult open(CurrentUser person, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(person)).accept(MediaType.TEXT_EVENT_STREAM)).andReturn();
    }

    private void tell(Fixtures.Library library, CurrentUser person) {
        notifications.notify(Notice.inApp(library.id(), Set.of(person.personId()), ExampleNotificationTypes.EXAMPLE,
                "notifications.title", List.of(), null));
    }

    @Test
    void nobodySignedInGets401() throws Exception {
        assertThat(mvc.perform(get("/api/v1/stream").accept(MediaType.TEXT_EVENT_STREAM)).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
    }

    @Test
    void theUnreadCountArrivesLiveOnlyForItsPerson() throws Exception {
        Fixtures.Library library = fixtures.library("Live Library");
        CurrentUser person = library.person("Live Person");
        CurrentUser colleague = library.person("Live Colleague");
        MvcResult mine = open(person, get("/api/v1/stream"));
        MvcResult theirs = open(colleague, get("/api/v1/stream"));

        assertThat(mine.getRequest().isAsyncStarted()).isTrue();
        assertThat(mine.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(mine.getResponse().getContentAsString()).contains("event:unread\ndata:{\"count\":0}");

        tell(library, person);

        assertThat(mine.getResponse().getContentAsString()).containsPattern(ID);
        assertThat(ids(mine)).hasSize(1);
        assertThat(theirs.getResponse().getContentAsString()).doesNotContainPattern(ID);
    }

    @Test
    void aReconnectingPageGetsWhatItMissedAndAStaleIdAsksForAResync() throws Exception {
        Fixtures.Library library = fixtures.library("Resume Library");
        CurrentUser person = library.person("Resume Person");
        MvcResult first = open(person, get("/api/v1/stream"));
        tell(library, person);
        tell(library, person);
        List<String> ids = ids(first);
        assertThat(ids).hasSize(2);

        MvcResult resumed = open(person, get("/api/v1/stream").header("Last-Event-ID", ids.get(0)));
        assertThat(ids(resumed)).containsExactly(ids.get(1));
        assertThat(resumed.getResponse().getContentAsString()).doesNotContain("event:resync");

        MvcResult stale = open(person, get("/api/v1/stream").header("Last-Event-ID", "0-1"));
        assertThat(stale.getResponse().getContentAsString()).contains("event:resync").doesNotContainPattern(ID);
    }

    @Test
    void aTopicThatNoModuleAllowsAnswers404() throws Exception {
        CurrentUser person = fixtures.library("Topic Library").person("Topic Person");
        assertThat(mvc.perform(get("/api/v1/stream").param("topics", "notifications,listening.session.123")
                .with(as(person)).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private static List<String> ids(MvcResult result) throws Exception {
        Matcher matcher = ID.matcher(result.getResponse().getContentAsString());
        List<String> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
