package org.shelfcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shelfcare.support.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The notification center, its unread count in the header, and the preferences, as a person uses them. */
@IntegrationTest
class NotificationCenterTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired NotificationManagement notifications;
    @Autowired JdbcClient jdbc;

    private void tell(Fixtures.Library library, CurrentUser person, String name) {
        notifications.notify(Notice.inApp(library.id(), Set.of(person.personId()), ExampleNotificationTypes.EXAMPLE,
                "notifications.email.greeting", List.of(name), "/notifications/preferences"));
    }

    private String page(CurrentUser person, String path) throws Exception {
        return mvc.perform(get(path).with(as(person))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aNewNotificationShowsUnreadWithItsCountInTheHeaderUntilItIsRead() throws Exception {
        Fixtures.Library library = fixtures.library("Center Library");
        CurrentUser person = library.person("Center Person");
        assertThat(page(person, "/notifications")).contains("You have no notifications.");

        tell(library, person, "<i>Rosa</i>");

        String list = page(person, "/notifications");
        assertThat(list).contains("Hello &lt;i&gt;Rosa&lt;/i&gt;,").doesNotContain("<i>Rosa</i>")
                .contains("Unread").contains("Mark as read").contains("href=\"/notifications/preferences\"")
                .contains("1 unread");
        UUID id = jdbc.sql("SELECT id FROM notification WHERE person_id = ?").param(person.personId())
                .query(UUID.class).single();

        MvcResult read = mvc.perform(post("/notifications/" + id + "/read").with(as(person)).with(csrf())).andReturn();
        assertThat(read.getResponse().getStatus()).isEqualTo(302);
        String after = page(person, "/notifications");
        assertThat(after).doesNotContain(">Unread<").doesNotContain("Mark as read").contains("Hello &lt;i&gt;Rosa");
        assertThat(page(person, "/notifications/preferences")).contains("0 unread").contains("id=\"notifications-unread\" data-count-label=\"{0} unread\" hidden");
    }

    @Test
    void aDateInANotificationReadsAsADateInTheReadersLanguage() throws Exception {
        Fixtures.Library library = fixtures.library("Dates Library");
        CurrentUser person = library.person("Dana Dates");
        notifications.notify(Notice.inApp(library.id(), Set.of(person.personId()), ExampleNotificationTypes.EXAMPLE,
                "timeoff.notice.approved", List.of("2026-12-21", "2027-01-04"), "/timeoff"));

        assertThat(page(person, "/notifications")).contains("Your time off from Dec 21, 2026 to Jan 4, 2027 was approved.")
                .doesNotContain("2026-12-21");
        String spanish = mvc.perform(get("/notifications").with(as(person)).header("Accept-Language", "es"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(spanish).contains("21 dic 2026").contains("4 ene 2027").doesNotContain("2026-12-21");
        assertThat(json(person, "/api/v1/notifications")).contains("from Dec 21, 2026 to Jan 4, 2027");
    }

    @Test
    void htmxGetsOnlyTheItemBack() throws Exception {
        Fixtures.Library library = fixtures.library("Htmx Library");
        CurrentUser person = library.person("Htmx Person");
        tell(library, person, "Kim");
        UUID id = jdbc.sql("SELECT id FROM notification WHERE person_id = ?").param(person.personId())
                .query(UUID.class).single();

        String fragment = mvc.perform(post("/notifications/" + id + "/read").header("HX-Request", "true")
                .with(as(person)).with(csrf())).andReturn().getResponse().getContentAsString();

        assertThat(fragment).startsWith("<li id=\"notification-" + id).doesNotContain("<html").contains("Hello Kim,")
                .doesNotContain("Mark as read");
    }

    @Test
    void markAllReadEmptiesTheUnreadCountAndNobodyReadsAnothersNotification() throws Exception {
        Fixtures.Library library = fixtures.library("All Read Library");
        CurrentUser person = library.person("Reader");
        CurrentUser colleague = library.person("Colleague");
        tell(library, person, "One");
        tell(library, person, "Two");
        tell(library, colleague, "Theirs");

        assertThat(json(person, "/api/v1/notifications/unread-count")).isEqualTo("{\"count\":2}");
        String items = json(person, "/api/v1/notifications");
        assertThat(items).contains("\"text\":\"Hello Two,\"").contains("\"nextCursor\":null").doesNotContain("Theirs");
        assertThat(items.indexOf("Hello Two")).isLessThan(items.indexOf("Hello One"));

        UUID theirs = jdbc.sql("SELECT id FROM notification WHERE person_id = ?").param(colleague.personId())
                .query(UUID.class).single();
        assertThat(mvc.perform(post("/api/v1/notifications/" + theirs + "/read").with(as(person)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        mvc.perform(post("/notifications/read-all").with(as(person)).with(csrf()));
        assertThat(json(person, "/api/v1/notifications/unread-count")).isEqualTo("{\"count\":0}");
        assertThat(json(colleague, "/api/v1/notifications/unread-count")).isEqualTo("{\"count\":1}");
    }

    @Test
    void preferencesSwitchKindsOffAndRefuseQuietHoursThatEndWhenTheyStart() throws Exception {
        Fixtures.Library library = fixtures.library("Preferences Library");
        CurrentUser person = library.person("Chooser");

        String refused = mvc.perform(post("/notifications/preferences").with(as(person)).with(csrf())
                .param("quietEnabled", "true").param("quietStart", "21:00").param("quietEnd", "21:00")
                .param("quietDays", "MONDAY")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Quiet hours need an end time different from their start time.")
                .contains("value=\"21:00\"");

        int saved = mvc.perform(post("/notifications/preferences").with(as(person)).with(csrf())
                .param("quietEnabled", "true").param("quietStart", "21:30").param("quietEnd", "06:45")
                .param("quietDays", "MONDAY", "FRIDAY").param("email", ExampleNotificationTypes.EXAMPLE))
                .andReturn().getResponse().getStatus();
        assertThat(saved).isEqualTo(302);
        assertThat(json(person, "/api/v1/notifications/preferences"))
                .contains("\"start\":\"21:30\"", "\"end\":\"06:45\"", "\"days\":[\"MONDAY\",\"FRIDAY\"]")
                .contains("{\"type\":\"notifications.example\",\"inApp\":false,\"email\":true}");

        // in-app switched off: nothing lands in the notification center
        tell(library, person, "Hidden");
        assertThat(json(person, "/api/v1/notifications/unread-count")).isEqualTo("{\"count\":0}");
    }

    @Test
    void theApiPointsAtBadPreferencesAndEmailSwitchedOffQueuesNoEmail() throws Exception {
        Fixtures.Library library = fixtures.library("Api Preferences Library");
        CurrentUser person = library.person("Api Chooser");

        MvcResult bad = mvc.perform(put("/api/v1/notifications/preferences").with(as(person)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content("""
                        {"quietHours":{"enabled":true,"start":"25:00","end":"07:00","days":["MONDAY"]},
                         "types":[{"type":"nobody.knows","inApp":true,"email":true}]}""")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("\"pointer\":\"#/quietHours/start\"");

        MvcResult unknown = mvc.perform(put("/api/v1/notifications/preferences").with(as(person)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content("""
                        {"types":[{"type":"nobody.knows","inApp":true,"email":true}]}""")).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(unknown.getResponse().getContentAsString()).contains("\"pointer\":\"#/types/0/type\"");

        MvcResult saved = mvc.perform(put("/api/v1/notifications/preferences").with(as(person)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content("""
                        {"types":[{"type":"notifications.example","inApp":true,"email":false}]}""")).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(200);
        assertThat(saved.getResponse().getContentAsString()).contains("\"enabled\":false");

        notifications.notify(Notice.inApp(library.id(), Set.of(person.personId()), ExampleNotificationTypes.EXAMPLE,
                "notifications.title", List.of(), null).withEmail("notifications.title", "notifications.empty", List.of()));
        assertThat(json(person, "/api/v1/notifications/unread-count")).isEqualTo("{\"count\":1}");
        assertThat(jdbc.sql("SELECT count(*) FROM email_outbox WHERE recipient = ? AND subject = 'Notifications'")
                .param(person.email()).query(Integer.class).single()).isZero();
    }

    @Test
    void peopleOfAnotherLibraryAreNeverTold() throws Exception {
        Fixtures.Library library = fixtures.library("Told Library");
        Fixtures.Library other = fixtures.library("Untold Library");
        CurrentUser stranger = other.person("Stranger");

        notifications.notify(Notice.inApp(library.id(), Set.of(stranger.personId()), ExampleNotificationTypes.EXAMPLE,
                "notifications.title", List.of(), null));

        assertThat(json(stranger, "/api/v1/notifications/unread-count")).isEqualTo("{\"count\":0}");
    }

    private String json(CurrentUser person, String path) throws Exception {
        return mvc.perform(get(path).with(as(person)).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse()
                .getContentAsString();
    }
}
