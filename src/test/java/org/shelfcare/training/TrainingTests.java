package org.shelfcare.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Training as people use it: the default catalog and its keepers, requirements by department, job
 * title and role, "My training" statuses, completions with a certificate that leads verify or
 * reject, the compliance view with its scopes and CSV, and reminders sent once.
 */
@IntegrationTest
class TrainingTests extends TrainingTestBase {

    CurrentUser desk;
    CurrentUser page;
    UUID circulation;
    String pageTitle;

    @BeforeEach
    void library() {
        openLibrary("Training Library", "Wendy Wellness", "Sam Supervisor");
        circulation = settings.addUnit(admin, LibrarySettings.UnitKind.DEPARTMENT, "Circulation " + library.number()).id();
        desk = person("Dee Desk", "Circulation Clerk", circulation, supervisor);
        pageTitle = "Library Page " + library.number();
        page = person("Paige Page", pageTitle, null, null);
    }

    private CurrentUser person(String name, String jobTitle, @Nullable UUID department, @Nullable CurrentUser boss) {
        Invitation invitation = directory.invite(admin, new NewPerson(name, name.toLowerCase(Locale.ROOT)
                .replace(' ', '.') + library.number() + "@training.example", null, List.of(), null, department, jobTitle,
                boss == null ? null : boss.personId()));
        directory.acceptInvitation(invitation.token(), Fixtures.PASSWORD);
        return directory.currentUser(invitation.personId()).orElseThrow();
    }

    @Test
    void aNewLibraryStartsWithTheDefaultCatalogThatLeadsKeep() throws Exception {
        JsonNode catalog = api("GET", desk, "/api/v1/training/catalog", null, 200);
        List<String> titles = new ArrayList<>();
        catalog.get("items").forEach(i -> titles.add(i.get("title").asString()));
        assertThat(titles).containsExactlyInAnyOrder("Bomb threat response", "De-escalation", "EAP orientation",
                "Emergency drills", "Mental health first aid", "Trauma-informed practice");
        assertThat(catalog.toString()).contains("SAMHSA", "resist re-traumatization", "https://www.cisa.gov/de-escalation-series");

        String body = "{\"title\": \"Narcan basics\", \"format\": \"IN_PERSON\", \"provider\": \"County health\", "
                + "\"durationMinutes\": 60, \"recertMonths\": 24}";
        api("POST", desk, "/api/v1/training/catalog", body, 403);
        api("POST", supervisor, "/api/v1/training/catalog", body, 403);
        UUID narcan = UUID.fromString(api("POST", lead, "/api/v1/training/catalog", body, 201).get("id").asString());
        api("GET", outsider, "/api/v1/training/catalog/" + narcan, null, 404);

        JsonNode bad = api("POST", admin, "/api/v1/training/catalog",
                "{\"title\": \" \", \"format\": \"LECTURE\", \"link\": \"javascript:alert(1)\", \"recertMonths\": 0}", 400);
        assertThat(bad.toString()).contains("#/title", "#/format", "#/link", "#/recertMonths");

        // the page form keeps what was typed and says what is wrong
        String form = mvc.perform(MockMvcRequestBuilders.post("/training/catalog").with(Fixtures.as(admin)).with(csrf())
                        .param("title", "").param("provider", "Kept <b>provider</b>").param("format", "ONLINE_LIVE")
                        .param("recertMonths", "abc"))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Enter a title.", "value=\"Kept &lt;b", "value=\"abc\"",
                "Enter a whole number from 1 to 120.");

        // retiring asks first, then hides it from staff; bringing it back undoes it
        assertThat(page(admin, "/training/catalog/" + narcan + "/retire")).contains("Retire this training?", "Narcan basics");
        mvc.perform(MockMvcRequestBuilders.post("/training/catalog/" + narcan + "/retire").with(Fixtures.as(admin)).with(csrf()))
                .andReturn();
        assertThat(api("GET", desk, "/api/v1/training/catalog", null, 200).toString()).doesNotContain("Narcan");
        assertThat(api("GET", lead, "/api/v1/training/catalog", null, 200).toString()).contains("Narcan");
        api("GET", desk, "/api/v1/training/catalog/" + narcan, null, 404);
        mvc.perform(MockMvcRequestBuilders.post("/training/catalog/" + narcan + "/restore").with(Fixtures.as(admin)).with(csrf()))
                .andReturn();
        assertThat(api("GET", desk, "/api/v1/training/catalog", null, 200).toString()).contains("Narcan basics");
    }

    @Test
    void requirementsByDepartmentJobTitleAndRoleDecideWhatEachPersonMustTake() throws Exception {
        UUID deEscalation = item(admin, "DE_ESCALATION");
        requirement(lead, deEscalation, "DEPARTMENT", circulation.toString(), 24);
        requirement(lead, item(admin, "EMERGENCY_DRILLS"), "JOB_TITLE", pageTitle.toUpperCase(Locale.ROOT), null);
        requirement(admin, item(admin, "BOMB_THREAT"), "ROLE", "SUPERVISOR", null);
        api("POST", desk, "/api/v1/training/requirements", "{\"itemId\": \"" + deEscalation
                + "\", \"audience\": \"EVERYONE\"}", 403);
        assertThat(api("POST", lead, "/api/v1/training/requirements", "{\"itemId\": \"" + deEscalation
                + "\", \"audience\": \"DEPARTMENT\", \"value\": \"" + UUID.randomUUID() + "\"}", 400).toString())
                .contains("#/value");

        assertThat(required(desk)).containsExactly("De-escalation=NEVER_DONE");
        assertThat(required(page)).containsExactly("Emergency drills=NEVER_DONE");
        assertThat(required(supervisor)).containsExactly("Bomb threat response=NEVER_DONE");
        assertThat(required(lead)).isEmpty();

        LocalDate today = LocalDate.now(desk.zone());
        record(desk, deEscalation, today.minusMonths(25));
        assertThat(required(desk)).containsExactly("De-escalation=OVERDUE");
        record(desk, deEscalation, today.minusMonths(24).plusDays(10));
        assertThat(required(desk)).containsExactly("De-escalation=DUE_SOON");
        record(desk, deEscalation, today);
        assertThat(required(desk)).containsExactly("De-escalation=DONE");
        JsonNode row = api("GET", desk, "/api/v1/training/mine", null, 200).get("items").get(0);
        assertThat(row.get("expiresOn").asString()).isEqualTo(today.plusMonths(24).toString());

        String html = page(desk, "/training");
        assertThat(html).contains("Required for you", "De-escalation", "Every 24 months", "Optional",
                "Trauma-informed practice", "<caption>Trainings required for you, most urgent first</caption>");
        directory.setLocale(desk.personId(), Locale.forLanguageTag("es"));
        assertThat(page(desk, "/training")).contains("Obligatorias para usted", "Cada 24 meses", "Hecha");

        api("POST", desk, "/api/v1/training/completions", "{\"itemId\": \"" + deEscalation
                + "\", \"completedOn\": \"" + today.plusDays(2) + "\"}", 400);
    }

    @Test
    void leadsVerifyOrRejectCompletionsAndCertificatesStayWithThoseWhoMaySeeThem() throws Exception {
        UUID deEscalation = item(admin, "DE_ESCALATION");
        requirement(admin, deEscalation, "DEPARTMENT", circulation.toString(), null);
        byte[] pdf = "%PDF-1.4 certificate of completion".getBytes(StandardCharsets.US_ASCII);
        String token = UUID.randomUUID().toString();
        for (int click = 0; click < 2; click++) { // a double click records one completion
            MockHttpServletResponse saved = mvc.perform(MockMvcRequestBuilders.multipart("/training/record")
                            .file(new MockMultipartFile("certificate", "../de-escalation.pdf", "application/pdf", pdf))
                            .param("itemId", deEscalation.toString()).param("completedOn", LocalDate.now(desk.zone()).toString())
                            .param("note", "Workshop at Central").param("formToken", token)
                            .with(Fixtures.as(desk)).with(csrf()))
                    .andReturn().getResponse();
            assertThat(saved.getStatus()).isEqualTo(302);
        }
        assertThat(api("GET", desk, "/api/v1/training/completions", null, 200).get("items")).hasSize(1);
        UUID id = UUID.fromString(api("GET", desk, "/api/v1/training/completions", null, 200).get("items").get(0)
                .get("id").asString());
        assertThat(required(desk)).containsExactly("De-escalation=DONE");

        MockHttpServletResponse file = mvc.perform(MockMvcRequestBuilders.get("/training/completions/" + id + "/certificate")
                .with(Fixtures.as(supervisor))).andReturn().getResponse();
        assertThat(file.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(file.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment").contains("de-escalation.pdf");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/training/completions/" + id + "/certificate")
                .with(Fixtures.as(page))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/training/completions/" + id + "/certificate")
                .with(Fixtures.as(outsider))).andReturn().getResponse().getStatus()).isEqualTo(404);

        // someone who is not a lead, and the person themselves, cannot verify
        api("POST", page, "/api/v1/training/completions/" + id + "/verify", "{}", 404);
        api("POST", desk, "/api/v1/training/completions/" + id + "/verify", "{}", 403);
        assertThat(page(supervisor, "/training/review")).contains("Workshop at Central", "de-escalation.pdf");
        assertThat(api("GET", lead, "/api/v1/training/completions/pending", null, 200).toString()).contains(id.toString());
        assertThat(api("GET", supervisor, "/api/v1/training/completions/pending", null, 200).toString()).contains(id.toString());
        CurrentUser otherSupervisor = library.person("Other Supervisor", Role.SUPERVISOR);
        assertThat(api("GET", otherSupervisor, "/api/v1/training/completions/pending", null, 200).toString())
                .doesNotContain(id.toString());
        api("POST", otherSupervisor, "/api/v1/training/completions/" + id + "/verify", "{}", 404);

        JsonNode empty = api("POST", lead, "/api/v1/training/completions/" + id + "/reject", "{\"reason\": \" \"}", 400);
        assertThat(empty.toString()).contains("#/reason");
        assertThat(api("POST", lead, "/api/v1/training/completions/" + id + "/reject",
                "{\"reason\": \"The certificate is for another course.\"}", 200).get("status").asString()).isEqualTo("REJECTED");
        assertThat(required(desk)).containsExactly("De-escalation=NEVER_DONE");
        assertThat(page(desk, "/training")).contains("Not accepted", "The certificate is for another course.");
        assertThat(api("POST", supervisor, "/api/v1/training/completions/" + id + "/verify", "{}", 200)
                .get("status").asString()).isEqualTo("VERIFIED");
        assertThat(required(desk)).containsExactly("De-escalation=DONE");

        // only PDF, PNG or JPEG, whatever the browser claims, and not too large
        MockHttpServletResponse wrong = mvc.perform(MockMvcRequestBuilders.multipart("/training/record")
                        .file(new MockMultipartFile("certificate", "cert.pdf", "application/pdf",
                                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                        .param("itemId", deEscalation.toString()).param("completedOn", "2026-01-15")
                        .param("note", "kept note").with(Fixtures.as(desk)).with(csrf()))
                .andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(200);
        assertThat(wrong.getContentAsString()).contains("The certificate must be a PDF, PNG or JPEG file.", "kept note",
                "value=\"2026-01-15\"");
        byte[] large = new byte[TrainingManagement.CERTIFICATE_MAX_BYTES + 1];
        large[0] = (byte) 0x89; large[1] = 'P'; large[2] = 'N'; large[3] = 'G';
        MockHttpServletResponse tooLarge = mvc.perform(MockMvcRequestBuilders.multipart("/training/record")
                        .file(new MockMultipartFile("certificate", "big.png", "image/png", large))
                        .param("itemId", deEscalation.toString()).param("completedOn", "2026-01-15")
                        .with(Fixtures.as(desk)).with(csrf()))
                .andReturn().getResponse();
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentAsString()).contains("too large: at most 2 MB");
    }

    @Test
    void complianceShowsSupervisorsTheirTeamAndLeadsTheLibraryWithTheOverdueByName() throws Exception {
        UUID deEscalation = item(admin, "DE_ESCALATION");
        requirement(admin, deEscalation, "DEPARTMENT", circulation.toString(), 24);
        requirement(admin, item(admin, "EMERGENCY_DRILLS"), "JOB_TITLE", pageTitle, 12);
        record(desk, deEscalation, LocalDate.now(desk.zone()).minusMonths(30));
        record(page, item(admin, "EMERGENCY_DRILLS"), LocalDate.now(page.zone()).minusMonths(1));

        JsonNode team = api("GET", supervisor, "/api/v1/training/compliance", null, 200);
        assertThat(team.get("wholeLibrary").asBoolean()).isFalse();
        assertThat(team.get("people").asInt()).isEqualTo(1);
        assertThat(team.get("overdue").toString()).contains("Dee Desk", "OVERDUE").doesNotContain("Paige");

        JsonNode all = api("GET", lead, "/api/v1/training/compliance", null, 200);
        assertThat(all.get("wholeLibrary").asBoolean()).isTrue();
        assertThat(all.get("byItem").toString()).contains("\"itemTitle\":\"Emergency drills\"", "\"complete\":1");
        assertThat(all.get("byDepartment").toString()).contains("Circulation " + library.number());
        assertThat(all.get("overdue")).hasSize(1);

        api("GET", desk, "/api/v1/training/compliance", null, 403);
        assertThat(api("GET", outsider, "/api/v1/training/compliance", null, 200).toString()).doesNotContain("Dee Desk");

        String html = page(admin, "/training/compliance");
        assertThat(html).contains("<caption>Completion by department</caption>", "<caption>Completion by branch</caption>",
                "Dee Desk", "Overdue", "0 of 1", "1 of 1");
        MockHttpServletResponse csv = mvc.perform(MockMvcRequestBuilders.get("/training/compliance.csv")
                .with(Fixtures.as(admin))).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString()).startsWith("Section,Training,Department or branch,Person")
                .contains("Overdue,De-escalation,Circulation " + library.number() + ",Dee Desk")
                .contains("Branch,Emergency drills,None,,1,1");
    }

    @Test
    void remindersGoOutOnceBeforeExpiryAndOnceWhenOverdue() throws Exception {
        UUID deEscalation = item(admin, "DE_ESCALATION");
        requirement(admin, deEscalation, "DEPARTMENT", circulation.toString(), 24);
        requirement(admin, item(admin, "EMERGENCY_DRILLS"), "JOB_TITLE", pageTitle, 12);
        record(desk, deEscalation, LocalDate.now(desk.zone()).minusMonths(24).plusDays(5));
        record(page, item(admin, "EMERGENCY_DRILLS"), LocalDate.now(page.zone()).minusMonths(13));

        reminders.sendDue(Instant.now());
        assertThat(reminderKeys(desk)).containsExactly("training.reminder.soon");
        assertThat(reminderKeys(page)).containsExactly("training.reminder.overdue");
        assertThat(notifications.notifications(desk).get(0).args()).contains("De-escalation");

        reminders.sendDue(Instant.now());
        assertThat(reminderKeys(desk)).hasSize(1);
        assertThat(reminderKeys(page)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM email_outbox WHERE recipient = ? AND subject LIKE 'A training%'").param(desk.email())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aLibraryThatSwitchesTrainingOffNoLongerHasItsPagesApiOrReminders() throws Exception {
        UUID drills = item(admin, "EMERGENCY_DRILLS");
        requirement(admin, drills, "JOB_TITLE", pageTitle, 12);
        record(page, drills, LocalDate.now(page.zone()).minusMonths(13));
        assertThat(page(page, "/")).contains("href=\"/training\"");

        settings.update(admin, new LibrarySettings.Change(null, null, null, null, null, java.util.Map.of("training", false)));
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/training").with(Fixtures.as(page))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        api("GET", page, "/api/v1/training/mine", null, 404);
        assertThat(page(page, "/")).doesNotContain("href=\"/training\"");
        reminders.sendDue(Instant.now());
        assertThat(reminderKeys(page)).isEmpty();
    }

    private void requirement(CurrentUser by, UUID item, String audience, @Nullable String value, @Nullable Integer months)
            throws Exception {
        api("POST", by, "/api/v1/training/requirements", "{\"itemId\": \"" + item + "\", \"audience\": \"" + audience
                + "\"" + (value == null ? "" : ", \"value\": \"" + value + "\"")
                + (months == null ? "" : ", \"intervalMonths\": " + months) + "}", 201);
    }

    private void record(CurrentUser person, UUID item, LocalDate on) throws Exception {
        api("POST", person, "/api/v1/training/completions", "{\"itemId\": \"" + item + "\", \"completedOn\": \"" + on
                + "\", \"note\": \"done\"}", 201);
    }

    private List<String> required(CurrentUser person) throws Exception {
        List<String> rows = new ArrayList<>();
        api("GET", person, "/api/v1/training/mine", null, 200).get("items").forEach(row -> {
            if (row.get("required").asBoolean()) {
                rows.add(row.get("item").get("title").asString() + "=" + row.get("status").asString());
            }
        });
        return rows;
    }
}
