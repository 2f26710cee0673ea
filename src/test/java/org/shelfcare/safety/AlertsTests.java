package org.shelfcare.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.NotificationPreferences;
import org.shelfcare.notifications.QuietHours;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Safety alerts end to end: sending to a branch or the whole library, answers from the page, the
 * API and the email's links (without signing in, for 24 hours), the lead's counts, drills, the
 * "all clear", quiet hours, a double click, and the library's chat webhooks.
 */
@IntegrationTest
class AlertsTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern ANSWER_LINK = Pattern.compile("/safety/answer/([A-Za-z0-9_-]+)\\?status=SAFE");

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Fixtures fixtures;
    @Autowired DirectoryManagement directory;
    @Autowired LibrarySettings settings;
    @Autowired NotificationManagement notifications;
    @Autowired ChatWebhooks webhooks;
    @Autowired Alerts alerts;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    CurrentUser lead;

    @BeforeEach
    void library() {
        library = fixtures.library("Alert Library");
        lead = library.person("Safety Lead", Role.SAFETY_LEAD);
    }

    @Test
    void aLeadAlertsTheWholeLibraryAndSeesAnswersReplaceEachOther() throws Exception {
        CurrentUser staff = library.person("Alerted Staff");
        String id = send(lead, Map.of("type", "BOMB_THREAT", "message", "Leave by the back door", "drill", true));

        JsonNode alert = call(lead, HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 200);
        assertThat(alert.get("drill").asBoolean()).isTrue();
        assertThat(alert.get("message").asString()).isEqualTo("Leave by the back door");
        assertThat(alert.get("wholeLibrary").asBoolean()).isTrue();
        // the admin, the lead and the staff member
        assertThat(counts(alert)).containsExactly(0, 0, 3);

        call(staff, HttpMethod.POST, "/api/v1/safety/alerts/" + id + "/responses", "{\"status\":\"SAFE\"}", 200);
        assertThat(counts(call(lead, HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 200))).containsExactly(1, 0, 2);
        call(staff, HttpMethod.POST, "/api/v1/safety/alerts/" + id + "/responses", "{\"status\":\"NEED_HELP\"}", 200);

        alert = call(lead, HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 200);
        assertThat(counts(alert)).containsExactly(0, 1, 2);
        assertThat(alert.get("needHelp").get(0).get("name").asString()).isEqualTo(staff.name());
        assertThat(names(alert.get("noResponse"))).containsExactlyInAnyOrder(lead.name(), library.admin().name());

        JsonNode own = call(staff, HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 200);
        assertThat(own.get("myStatus").asString()).isEqualTo("NEED_HELP");
        assertThat(own.get("needHelp").isNull()).isTrue();
        assertThat(call(staff, HttpMethod.POST, "/api/v1/safety/alerts/" + id + "/responses", "{\"status\":\"FINE\"}", 400)
                .get("errors").get(0).get("pointer").asString()).isEqualTo("#/status");

        // the lead's page lists who needs help, and the sender and every safety lead hear of it in the app
        String page = page(lead, "/safety/alerts/" + id);
        assertThat(page).contains("DRILL").contains(staff.name()).contains("data-live-topic=\"safety.alert." + id + "\"");
        assertThat(notifications.notifications(lead)).anySatisfy(n -> assertThat(n.args()).contains(staff.name()));
        CurrentUser otherLead = library.person("Second Safety Lead", Role.SAFETY_LEAD);
        call(staff, HttpMethod.POST, "/api/v1/safety/alerts/" + id + "/responses", "{\"status\":\"SAFE\"}", 200);
        call(staff, HttpMethod.POST, "/api/v1/safety/alerts/" + id + "/responses", "{\"status\":\"NEED_HELP\"}", 200);
        assertThat(notifications.notifications(otherLead)).as("a safety lead who did not send it")
                .anySatisfy(n -> assertThat(n.args()).contains(staff.name()));
        assertThat(notifications.notifications(staff)).as("not the person asking for help")
                .noneSatisfy(n -> assertThat(n.args()).contains(staff.name()));
    }

    @Test
    void aBranchAlertReachesOnlyThatBranchAndEveryoneElseGets404() throws Exception {
        UUID north = settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, "North " + SEQUENCE.incrementAndGet()).id();
        UUID south = settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, "South " + SEQUENCE.incrementAndGet()).id();
        CurrentUser atNorth = person("North Staff", north, Locale.ENGLISH);
        CurrentUser atSouth = person("South Staff", south, Locale.ENGLISH);
        String id = send(lead, Map.of("type", "MEDICAL", "message", "Keep the lobby clear", "drill", false,
                "audience", Map.of("branchIds", List.of(north.toString()))));

        assertThat(counts(call(lead, HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 200))).containsExactly(0, 0, 1);
        call(atNorth, HttpMethod.POST, "/api/v1/safety/alerts/" + id + "/responses", "{\"status\":\"SAFE\"}", 200);
        call(atSouth, HttpMethod.POST, "/api/v1/safety/alerts/" + id + "/responses", "{\"status\":\"SAFE\"}", 404);
        call(atSouth, HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 404);
        Fixtures.Library other = fixtures.library("Other Alert Library");
        call(other.admin(), HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 404);
        call(other.admin(), HttpMethod.POST, "/api/v1/safety/alerts/" + id + "/all-clear", null, 404);
        // another library's branch in the audience
        call(other.admin(), HttpMethod.POST, "/api/v1/safety/alerts", json.writeValueAsString(Map.of("type", "MEDICAL",
                "audience", Map.of("branchIds", List.of(north.toString())))), 404);
        assertThat(call(atNorth, HttpMethod.GET, "/api/v1/safety/alerts", null, 200).get("items").get(0).get("id").asString())
                .isEqualTo(id);
    }

    @Test
    void theEmailLinksAnswerWithoutSigningInForTwentyFourHours() throws Exception {
        CurrentUser staff = library.person("Evacuating Staff");
        String id = send(lead, Map.of("type", "BOMB_THREAT", "drill", true));

        Outbox email = email(staff.email(), id);
        assertThat(email.subject()).startsWith("DRILL").contains("Bomb threat: leave the building now");
        assertThat(email.text()).contains("radios or mobile phones").contains("I'm safe").contains("I need help");
        Matcher link = ANSWER_LINK.matcher(email.text());
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(email.text()).contains("/safety/answer/" + token + "?status=NEED_HELP");
        // only the hash of the secret is stored
        assertThat(jdbc.sql("SELECT count(*) FROM safety_alert_recipient WHERE token_hash = ?").param(token)
                .query(Long.class).single()).isZero();

        // opening the link (as a mail scanner would) records nothing
        MockHttpServletResponse opened = mvc.perform(MockMvcRequestBuilders.get("/safety/answer/" + token + "?status=SAFE")
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(opened.getStatus()).isEqualTo(200);
        assertThat(opened.getContentAsString()).contains("Bomb threat: leave the building now").contains("DRILL");
        assertThat(counts(call(lead, HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 200)).get(0)).isZero();

        assertThat(answerByLink(token, "SAFE").getStatus()).isEqualTo(302);
        assertThat(counts(call(lead, HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 200))).containsExactly(1, 0, 2);
        assertThat(answerByLink(token, "NEED_HELP").getStatus()).isEqualTo(302);
        assertThat(counts(call(lead, HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 200))).containsExactly(0, 1, 2);

        // the link expires 24 hours after the alert went out
        Instant expires = jdbc.sql("SELECT token_expires_at FROM safety_alert_recipient WHERE alert_id = ? AND person_id = ?")
                .params(UUID.fromString(id), staff.personId()).query(Timestamp.class).single().toInstant();
        Instant sent = jdbc.sql("SELECT sent_at FROM safety_alert WHERE id = ?").param(UUID.fromString(id))
                .query(Timestamp.class).single().toInstant();
        assertThat(Duration.between(sent, expires)).isEqualTo(Duration.ofHours(24));
        jdbc.sql("UPDATE safety_alert_recipient SET token_expires_at = ? WHERE alert_id = ? AND person_id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), UUID.fromString(id), staff.personId()).update();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/safety/answer/" + token).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getStatus()).isEqualTo(410);
        assertThat(answerByLink(token, "SAFE").getStatus()).isEqualTo(410);
        assertThat(counts(call(lead, HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 200))).containsExactly(0, 1, 2);
        assertThat(answerByLink("not-a-real-secret", "SAFE").getStatus()).isEqualTo(404);
    }

    @Test
    void alertEmailsGoOutAtOnceThroughQuietHoursInEachPersonsLanguage() throws Exception {
        CurrentUser quiet = library.person("Quiet Staff");
        LocalTime now = LocalTime.now(quiet.zone()).withSecond(0).withNano(0);
        notifications.savePreferences(quiet, new NotificationPreferences(new QuietHours(true, now.minusHours(2),
                now.plusHours(2), EnumSet.allOf(java.time.DayOfWeek.class)), List.of()));
        CurrentUser spanish = person("Personal", null, Locale.forLanguageTag("es"));
        String id = send(lead, Map.of("type", "THREAT_OF_VIOLENCE", "message", "Stay in the staff room"));

        Outbox toQuiet = email(quiet.email(), id);
        assertThat(toQuiet.notBefore()).isBefore(Instant.now().plusSeconds(5));
        assertThat(toQuiet.subject()).isEqualTo("Safety alert: Threat of violence: keep away and stay safe");
        Outbox toSpanish = email(spanish.email(), id);
        assertThat(toSpanish.subject()).startsWith("Alerta de seguridad:");
        assertThat(toSpanish.text()).contains("Estoy a salvo").contains("Necesito ayuda").contains("Stay in the staff room");

        // the link opens in the language of the person it was sent to, whatever the phone's browser says
        Matcher link = ANSWER_LINK.matcher(toSpanish.text());
        assertThat(link.find()).isTrue();
        MockHttpServletResponse opened = mvc.perform(MockMvcRequestBuilders.get("/safety/answer/" + link.group(1))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(opened.getContentAsString()).contains("<html lang=\"es\"").contains("¿Estás a salvo?");
        assertThat(answerByLink(link.group(1), "SAFE").getHeader(HttpHeaders.LOCATION)).contains("/safety/answer/");
    }

    @Test
    void aDoubleClickSendsOneAlert() throws Exception {
        String token = UUID.randomUUID().toString();
        MockHttpServletResponse first = form(lead, "/safety/alerts", "type", "FACILITY_HAZARD", "message", "Water leak",
                "formToken", token);
        MockHttpServletResponse second = form(lead, "/safety/alerts", "type", "FACILITY_HAZARD", "message", "Water leak",
                "formToken", token);
        assertThat(first.getRedirectedUrl()).startsWith("/safety/alerts/").isEqualTo(second.getRedirectedUrl());
        assertThat(jdbc.sql("SELECT count(*) FROM safety_alert WHERE org_id = ? AND message = 'Water leak'")
                .param(library.id()).query(Long.class).single()).isEqualTo(1);

        String key = UUID.randomUUID().toString();
        String body = json.writeValueAsString(Map.of("type", "FACILITY_HAZARD", "message", "Gas smell"));
        String once = apiWithKey(lead, body, key);
        assertThat(apiWithKey(lead, body, key)).isEqualTo(once);
        assertThat(jdbc.sql("SELECT count(*) FROM safety_alert WHERE org_id = ? AND message = 'Gas smell'")
                .param(library.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void staffSendUrgentAlertsOnlyWhenTheLibraryAllowsIt() throws Exception {
        CurrentUser staff = library.person("Front Desk");
        String bomb = json.writeValueAsString(Map.of("type", "BOMB_THREAT"));
        call(staff, HttpMethod.POST, "/api/v1/safety/alerts", bomb, 403);
        assertThat(status(staff, "/safety/alerts/new")).isEqualTo(403);

        assertThat(form(library.admin(), "/safety/alerts/settings", "staffMayAlert", "true").getStatus()).isEqualTo(302);
        call(staff, HttpMethod.POST, "/api/v1/safety/alerts", bomb, 201);
        call(staff, HttpMethod.POST, "/api/v1/safety/alerts", json.writeValueAsString(Map.of("type", "THEFT_OR_DAMAGE")), 403);
        call(staff, HttpMethod.POST, "/api/v1/safety/alerts", json.writeValueAsString(Map.of("type", "ALIENS")), 400);
        assertThat(page(staff, "/safety/alerts/new")).contains("Bomb threat").doesNotContain("Theft or damage");
    }

    @Test
    void theAllClearEndsTheAlertForEveryone() throws Exception {
        CurrentUser staff = library.person("Cleared Staff");
        String id = send(lead, Map.of("type", "HARASSMENT", "message", "Stay with a colleague"));
        // the banner shows on every page while the alert is on
        assertThat(page(staff, "/")).contains("id=\"safety-alert-banner\"").contains("Stay with a colleague")
                .contains("/safety/alerts/" + id);
        // and a page that may have missed events asks for it again
        JsonNode inBanner = call(staff, HttpMethod.GET, "/api/v1/safety/alerts/banner", null, 200).get("items");
        assertThat(inBanner).hasSize(1);
        assertThat(inBanner.get(0).get("id").asString()).isEqualTo(id);
        assertThat(inBanner.get(0).get("message").asString()).isEqualTo("Stay with a colleague");
        assertThat(inBanner.get(0).get("link").asString()).isEqualTo("/safety/alerts/" + id);
        assertThat(inBanner.get(0).get("closed").asBoolean()).isFalse();
        assertThat(call(library.person("Not Alerted"), HttpMethod.GET, "/api/v1/safety/alerts/banner", null, 200)
                .get("items")).as("only the people alerted").isEmpty();
        call(staff, HttpMethod.POST, "/api/v1/safety/alerts/" + id + "/all-clear", null, 403);

        JsonNode cleared = call(lead, HttpMethod.POST, "/api/v1/safety/alerts/" + id + "/all-clear",
                "{\"message\":\"The person has left\"}", 200);
        assertThat(cleared.get("allClearAt").isNull()).isFalse();
        assertThat(cleared.get("allClearMessage").asString()).isEqualTo("The person has left");
        call(lead, HttpMethod.POST, "/api/v1/safety/alerts/" + id + "/all-clear", null, 200);
        assertThat(jdbc.sql("SELECT count(*) FROM email_outbox WHERE recipient = ? AND subject LIKE 'All clear:%'")
                .param(staff.email()).query(Long.class).single()).isEqualTo(1);
        assertThat(page(staff, "/")).doesNotContain("Stay with a colleague");
        assertThat(call(staff, HttpMethod.GET, "/api/v1/safety/alerts/banner", null, 200).get("items").get(0)
                .get("closed").asBoolean()).isTrue();
        assertThat(page(staff, "/safety/alerts/" + id)).contains("The person has left");
    }

    @Test
    void templatesAreTheLibrarysOwnWording() throws Exception {
        CurrentUser staff = library.person("Template Reader");
        call(lead, HttpMethod.PUT, "/api/v1/safety/alert-templates/BOMB_THREAT", json.writeValueAsString(Map.of(
                "headline", "Bomb threat: meet at the fire station", "message", "Go to the fire station on Elm St.",
                "allClear", "Back inside, thank you")), 200);
        call(staff, HttpMethod.PUT, "/api/v1/safety/alert-templates/BOMB_THREAT", json.writeValueAsString(Map.of(
                "headline", "x", "message", "y", "allClear", "z")), 403);
        assertThat(call(lead, HttpMethod.PUT, "/api/v1/safety/alert-templates/BOMB_THREAT", "{\"headline\":\"\"}", 400)
                .get("errors")).hasSize(3);
        String form = new String(form(lead, "/safety/alerts/templates/MEDICAL", "headline", "", "message", "Kept text",
                "allClear", "").getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(form).contains("Kept text").contains("Please fill this in.");

        String id = send(lead, Map.of("type", "BOMB_THREAT"));
        JsonNode alert = call(lead, HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 200);
        assertThat(alert.get("headline").asString()).isEqualTo("Bomb threat: meet at the fire station");
        assertThat(alert.get("message").asString()).isEqualTo("Go to the fire station on Elm St.");
        call(lead, HttpMethod.POST, "/api/v1/safety/alerts/" + id + "/all-clear", null, 200);
        assertThat(call(lead, HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 200).get("allClearMessage").asString())
                .isEqualTo("Back inside, thank you");
        assertThat(page(lead, "/safety/alerts/templates")).contains("Go to the fire station on Elm St.");
    }

    @Test
    void alertsFollowTheLibrarysOwnIncidentTypes() throws Exception {
        String weather = call(lead, HttpMethod.POST, "/api/v1/safety/incident-types",
                "{\"labelEn\":\"Severe weather\",\"labelEs\":\"Tiempo severo\"}", 201).get("code").asString();
        call(lead, HttpMethod.PATCH, "/api/v1/safety/incident-types/MEDICAL", "{\"labelEn\":\"Medical call\"}", 200);
        call(lead, HttpMethod.PATCH, "/api/v1/safety/incident-types/FACILITY_HAZARD", "{\"retired\":true}", 200);

        JsonNode template = call(lead, HttpMethod.GET, "/api/v1/safety/alert-templates/" + weather, null, 200);
        assertThat(template.get("label").asString()).isEqualTo("Severe weather");
        assertThat(template.get("headline").asString()).as("the general wording under the library's name")
                .isEqualTo("Safety alert: Severe weather");
        assertThat(page(lead, "/safety/alerts/new")).contains("Severe weather", "Medical call")
                .doesNotContain("Facility hazard");
        assertThat(page(lead, "/safety/alerts/templates")).contains("Severe weather");

        String id = send(lead, Map.of("type", weather, "message", "Tornado warning: go to the basement"));
        JsonNode alert = call(lead, HttpMethod.GET, "/api/v1/safety/alerts/" + id, null, 200);
        assertThat(alert.get("typeLabel").asString()).isEqualTo("Severe weather");
        assertThat(alert.get("headline").asString()).isEqualTo("Safety alert: Severe weather");
        assertThat(page(lead, "/safety/alerts")).contains("Severe weather");
        assertThat(call(lead, HttpMethod.POST, "/api/v1/safety/alerts", "{\"type\":\"FACILITY_HAZARD\"}", 400)
                .get("errors").get(0).get("pointer").asString()).as("a retired type").isEqualTo("#/type");
        call(lead, HttpMethod.GET, "/api/v1/safety/alert-templates/FACILITY_HAZARD", null, 404);
    }

    @Test
    void theLibrarysChatWebhooksGetTheAlert() throws Exception {
        List<String> posts = new CopyOnWriteArrayList<>();
        HttpServer chat = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        chat.createContext("/hook", exchange -> {
            posts.add(exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        chat.start();
        try {
            String url = "http://127.0.0.1:" + chat.getAddress().getPort() + "/hook";
            assertThat(form(library.admin(), "/safety/alerts/webhooks", "name", "Slack #staff", "url", url).getStatus())
                    .isEqualTo(302);
            assertThat(form(library.admin(), "/safety/alerts/webhooks", "name", "Bad", "url", "ftp://chat.example/x")
                    .getContentAsString()).contains("Please enter an address");
            assertThat(page(library.admin(), "/safety/alerts/settings")).contains("Slack #staff").doesNotContain("/hook");

            send(lead, Map.of("type", "MEDICAL", "message", "Bring the AED", "drill", true));
            long deadline = System.currentTimeMillis() + 10_000;
            while (posts.isEmpty() && System.currentTimeMillis() < deadline) {
                webhooks.deliverDue();
                Thread.sleep(50);
            }
            assertThat(posts).hasSize(1);
            JsonNode body = json.readTree(posts.get(0).substring(posts.get(0).indexOf(' ') + 1));
            assertThat(posts.get(0)).startsWith("application/json");
            assertThat(body.get("text").asString()).startsWith("DRILL").contains("Bring the AED")
                    .contains("Medical emergency: keep the area clear");
        } finally {
            chat.stop(0);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private CurrentUser person(String name, @Nullable UUID branch, Locale locale) {
        int n = SEQUENCE.incrementAndGet();
        Invitation invitation = directory.invite(library.admin(), new NewPerson(name + " " + n,
                "alerted" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@alerts.example", null,
                List.of(), branch, null, null, null));
        directory.acceptInvitation(invitation.token(), Fixtures.PASSWORD);
        directory.setLocale(invitation.personId(), locale);
        return directory.currentUser(invitation.personId()).orElseThrow();
    }

    private String send(CurrentUser sender, Map<String, Object> body) throws Exception {
        return call(sender, HttpMethod.POST, "/api/v1/safety/alerts", json.writeValueAsString(body), 201).get("id").asString();
    }

    private static List<Integer> counts(JsonNode alert) {
        JsonNode counts = alert.get("counts");
        return List.of(counts.get("safe").asInt(), counts.get("needHelp").asInt(), counts.get("noResponse").asInt());
    }

    private static List<String> names(JsonNode people) {
        List<String> names = new java.util.ArrayList<>();
        people.forEach(person -> names.add(person.get("name").asString()));
        return names;
    }

    record Outbox(String subject, String text, Instant notBefore) {}

    private Outbox email(@Nullable String recipient, String alertId) {
        String headline = jdbc.sql("SELECT headline FROM safety_alert WHERE id = ?").param(UUID.fromString(alertId))
                .query(String.class).single();
        return jdbc.sql("SELECT subject, body_text, not_before FROM email_outbox WHERE recipient = ? AND subject LIKE ?")
                .params(recipient, "%" + headline)
                .query((rs, n) -> new Outbox(rs.getString("subject"), rs.getString("body_text"),
                        rs.getTimestamp("not_before").toInstant()))
                .single();
    }

    private MockHttpServletResponse answerByLink(String token, String status) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/safety/answer/" + token).with(csrf()).param("status", status)
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }

    private String apiWithKey(CurrentUser person, String body, String key) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/safety/alerts")
                .with(Fixtures.as(person)).with(csrf()).header("Idempotency-Key", key).accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString()).get("id").asString();
    }

    private JsonNode call(CurrentUser person, HttpMethod method, String path, @Nullable String body, int status)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path).with(Fixtures.as(person))
                .with(csrf()).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(method + " " + path + ": " + response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString().isEmpty() ? "{}" : response.getContentAsString());
    }

    private int status(CurrentUser person, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getStatus();
    }

    private String page(CurrentUser person, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person))
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + ": " + response.getContentAsString()).isEqualTo(200);
        return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse form(CurrentUser person, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(Fixtures.as(person)).with(csrf())
                .accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

}
