package org.shelfcare.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.notifications.NotificationView;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Training records beyond one's own form: certificates through the API, leads recording a training
 * for others (verified at once, the person told), "within N days of joining" for new staff with a
 * start date kept in the directory, and reminders whose emails write dates in the reader's language.
 */
@IntegrationTest
class TrainingRecordsTests extends TrainingTestBase {

    private static final byte[] PDF = "%PDF-1.4 drill attendance".getBytes(StandardCharsets.US_ASCII);

    CurrentUser desk;
    CurrentUser page;
    UUID branch;

    @BeforeEach
    void library() throws Exception {
        openLibrary("Records Library", "Wanda Lead", "Sol Supervisor");
        desk = library.reportOf(supervisor, "Dana Desk");
        page = library.person("Pat Page");
        branch = settings.addUnit(admin, LibrarySettings.UnitKind.BRANCH, "Eastside " + library.number()).id();
        api("PATCH", admin, "/api/v1/people/" + desk.personId(), "{\"branchId\": \"" + branch + "\"}", 200);
        api("PATCH", admin, "/api/v1/people/" + page.personId(), "{\"branchId\": \"" + branch + "\"}", 200);
    }

    @Test
    void certificatesGoThroughTheApiWithTheSameRulesAsThePage() throws Exception {
        UUID drills = item("EMERGENCY_DRILLS");
        MockHttpServletResponse created = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/training/completions")
                        .file(new MockMultipartFile("certificate", "drill.pdf", "text/plain", PDF))
                        .param("itemId", drills.toString()).param("completedOn", LocalDate.now(desk.zone()).toString())
                        .with(Fixtures.as(desk)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        UUID id = UUID.fromString(json.readTree(created.getContentAsString()).get("id").asString());
        assertThat(api("GET", desk, "/api/v1/training/completions/" + id, null, 200).get("certificate").asBoolean()).isTrue();

        MockHttpServletResponse file = mvc.perform(MockMvcRequestBuilders.get("/api/v1/training/completions/" + id
                + "/certificate").with(Fixtures.as(supervisor))).andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment").contains("drill.pdf");
        assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(file.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        for (CurrentUser stranger : List.of(page, outsider)) {
            assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/training/completions/" + id + "/certificate")
                    .with(Fixtures.as(stranger))).andReturn().getResponse().getStatus()).isEqualTo(404);
        }

        // a file that only claims to be a PDF is refused, and nothing is recorded
        MockHttpServletResponse wrong = upload("POST", "/api/v1/training/completions", desk,
                "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), drills);
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentType()).startsWith("application/problem+json");
        assertThat(wrong.getContentAsString()).contains("#/certificate", "PDF, PNG or JPEG");
        assertThat(api("GET", desk, "/api/v1/training/completions", null, 200).get("items")).hasSize(1);

        byte[] large = new byte[TrainingManagement.CERTIFICATE_MAX_BYTES + 1];
        large[0] = (byte) 0xFF; large[1] = (byte) 0xD8; large[2] = (byte) 0xFF;
        MockHttpServletResponse tooLarge = upload("POST", "/api/v1/training/completions", desk, large, drills);
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentAsString()).contains("at most 2 MB");

        // a certificate added later: the completion recorded without one gets it
        UUID plain = UUID.fromString(api("POST", desk, "/api/v1/training/completions", "{\"itemId\": \"" + drills
                + "\", \"completedOn\": \"" + LocalDate.now(desk.zone()).minusDays(3) + "\"}", 201).get("id").asString());
        assertThat(upload("PUT", "/api/v1/training/completions/" + plain + "/certificate", page, PDF, null).getStatus())
                .isEqualTo(404);
        assertThat(upload("PUT", "/api/v1/training/completions/" + plain + "/certificate", outsider, PDF, null).getStatus())
                .isEqualTo(404);
        assertThat(upload("PUT", "/api/v1/training/completions/" + plain + "/certificate", desk, "GIF89a".getBytes(
                StandardCharsets.US_ASCII), null).getStatus()).isEqualTo(400);
        MockHttpServletResponse attached = upload("PUT", "/api/v1/training/completions/" + plain + "/certificate", desk,
                PDF, null);
        assertThat(attached.getStatus()).isEqualTo(200);
        assertThat(json.readTree(attached.getContentAsString()).get("certificate").asBoolean()).isTrue();

        // a person who replaces the file of a verified completion sends it back to the leads
        api("POST", supervisor, "/api/v1/training/completions/" + plain + "/verify", "{}", 200);
        upload("PUT", "/api/v1/training/completions/" + plain + "/certificate", desk, PDF, null);
        assertThat(api("GET", desk, "/api/v1/training/completions/" + plain, null, 200).get("status").asString())
                .isEqualTo("PENDING");
    }

    @Test
    void leadsRecordADrillForTheWholeBranchVerifiedAtOnceAndEachPersonIsTold() throws Exception {
        UUID drills = item("EMERGENCY_DRILLS");
        LocalDate day = LocalDate.now(lead.zone()).minusDays(2);
        String body = "{\"itemId\": \"" + drills + "\", \"completedOn\": \"" + day + "\", \"branchId\": \"" + branch
                + "\", \"note\": \"Fire drill at Eastside\"}";
        JsonNode preview = api("POST", lead, "/api/v1/training/completions/on-behalf/preview", body, 200);
        assertThat(names(preview)).containsExactly(desk.name(), page.name());
        assertThat(api("GET", desk, "/api/v1/training/completions", null, 200).get("items")).isEmpty();

        JsonNode saved = api("POST", lead, "/api/v1/training/completions/on-behalf", body, 201);
        assertThat(saved.get("items")).hasSize(2);
        saved.get("items").forEach(c -> {
            assertThat(c.get("status").asString()).isEqualTo("VERIFIED");
            assertThat(c.get("recordedByName").asString()).isEqualTo(lead.name());
        });
        directory.setLocale(page.personId(), Locale.forLanguageTag("es"));
        NotificationView told = notifications.notifications(desk).stream()
                .filter(n -> n.type().equals(TrainingRecords.NOTICE)).findFirst().orElseThrow();
        assertThat(told.args()).contains("Emergency drills", lead.name());
        assertThat(told.args(Locale.ENGLISH)).contains(day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH)));
        assertThat(page(desk, "/training")).contains("Recorded by " + lead.name(), "Verified");
        assertThat(page(directory.currentUser(page.personId()).orElseThrow(), "/training")).contains("Registrada por " + lead.name());

        // supervisors record for their direct reports only; another library's people are not found
        String forPage = "{\"itemId\": \"" + drills + "\", \"completedOn\": \"" + day + "\", \"personIds\": [\""
                + page.personId() + "\"]}";
        api("POST", supervisor, "/api/v1/training/completions/on-behalf", forPage, 403);
        api("POST", desk, "/api/v1/training/completions/on-behalf", forPage, 403);
        api("POST", supervisor, "/api/v1/training/completions/on-behalf", "{\"itemId\": \"" + drills
                + "\", \"completedOn\": \"" + day + "\", \"personIds\": [\"" + desk.personId() + "\"]}", 201);
        api("POST", lead, "/api/v1/training/completions/on-behalf", "{\"itemId\": \"" + drills + "\", \"completedOn\": \""
                + day + "\", \"personIds\": [\"" + outsider.personId() + "\"]}", 404);
        api("POST", outsider, "/api/v1/training/completions/on-behalf", "{\"itemId\": \"" + item("BOMB_THREAT")
                + "\", \"completedOn\": \"" + day + "\", \"branchId\": \"" + branch + "\"}", 404);
        JsonNode bad = api("POST", lead, "/api/v1/training/completions/on-behalf", "{\"itemId\": \"\", \"completedOn\": \""
                + day.plusDays(5) + "\", \"personIds\": []}", 400);
        assertThat(bad.toString()).contains("#/itemId", "#/completedOn", "#/personIds");

        // a lead on the list gets an ordinary completion that another lead checks
        JsonNode own = api("POST", lead, "/api/v1/training/completions/on-behalf", "{\"itemId\": \"" + drills
                + "\", \"completedOn\": \"" + day + "\", \"personIds\": [\"" + lead.personId() + "\"]}", 201);
        assertThat(own.get("items").get(0).get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void thePageShowsWhoBeforeSavingAndADoubleClickSavesOnce() throws Exception {
        UUID drills = item("EMERGENCY_DRILLS");
        String form = page(supervisor, "/training/record-for");
        assertThat(form).contains(desk.name()).doesNotContain(page.name());
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/training/record-for").with(Fixtures.as(desk)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        // mistakes are listed and what was typed stays
        String invalid = mvc.perform(MockMvcRequestBuilders.post("/training/record-for/preview").with(Fixtures.as(lead))
                        .with(csrf()).param("itemId", drills.toString()).param("completedOn", "soon")
                        .param("note", "Kept note"))
                .andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("Enter the date as YYYY-MM-DD.", "Choose at least one person, a branch or a department.",
                "Kept note", "value=\"soon\"");

        String preview = mvc.perform(MockMvcRequestBuilders.post("/training/record-for/preview").with(Fixtures.as(lead))
                        .with(csrf()).param("itemId", drills.toString())
                        .param("completedOn", LocalDate.now(lead.zone()).toString()).param("branchId", branch.toString()))
                .andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("Check before saving", desk.name(), page.name(), "Save for 2 people");
        String token = preview.replaceAll("(?s).*name=\"formToken\" value=\"([^\"]+)\".*", "$1");
        for (int click = 0; click < 2; click++) {
            MockHttpServletResponse saved = mvc.perform(MockMvcRequestBuilders.post("/training/record-for")
                            .with(Fixtures.as(lead)).with(csrf()).param("itemId", drills.toString())
                            .param("completedOn", LocalDate.now(lead.zone()).toString()).param("formToken", token)
                            .param("personIds", desk.personId().toString(), page.personId().toString()))
                    .andReturn().getResponse();
            assertThat(saved.getStatus()).isEqualTo(302);
        }
        assertThat(api("GET", desk, "/api/v1/training/completions", null, 200).get("items")).hasSize(1);
        assertThat(api("GET", page, "/api/v1/training/completions", null, 200).get("items")).hasSize(1);
    }

    @Test
    void newStaffHaveTheirDaysFromTheStartDateThenItIsOverdue() throws Exception {
        UUID trauma = item("TRAUMA_INFORMED");
        UUID requirement = UUID.fromString(api("POST", lead, "/api/v1/training/requirements", "{\"itemId\": \"" + trauma
                + "\", \"audience\": \"EVERYONE\", \"withinDays\": 30}", 201).get("id").asString());
        // a requirement the library added two months ago
        jdbc.sql("UPDATE training_requirement SET created_at = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(60))), requirement).update();
        assertThat(api("POST", lead, "/api/v1/training/requirements", "{\"itemId\": \"" + trauma
                + "\", \"audience\": \"EVERYONE\", \"withinDays\": 0}", 400).toString()).contains("#/withinDays");
        LocalDate today = LocalDate.now(desk.zone());

        // no start date: the day they were added counts
        JsonNode row = mine(desk);
        assertThat(row.get("status").asString()).isEqualTo("DUE_BY");
        assertThat(row.get("dueBy").asString()).isEqualTo(today.plusDays(30).toString());

        api("PATCH", admin, "/api/v1/people/" + desk.personId(), "{\"startedOn\": \"" + today.minusDays(10) + "\"}", 200);
        assertThat(api("GET", admin, "/api/v1/people/" + desk.personId(), null, 200).get("startedOn").asString())
                .isEqualTo(today.minusDays(10).toString());
        assertThat(mine(desk).get("dueBy").asString()).isEqualTo(today.plusDays(20).toString());
        assertThat(page(desk, "/training")).contains("Due by " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.ENGLISH).format(today.plusDays(20)));
        JsonNode compliance = api("GET", lead, "/api/v1/training/compliance", null, 200);
        assertThat(compliance.get("overdue").toString()).doesNotContain("Dana Desk");

        // the reminder before the day: in the app, and by email with the date written out
        reminders.sendDue(Instant.now());
        assertThat(reminderKeys(desk)).containsExactly("training.reminder.due");
        String email = jdbc.sql("SELECT body_text FROM email_outbox WHERE recipient = ? AND subject LIKE 'A training is due%'")
                .param(desk.email()).query(String.class).single();
        assertThat(email).contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)
                .format(today.plusDays(20))).doesNotContain(today.plusDays(20).toString());

        api("PATCH", admin, "/api/v1/people/" + desk.personId(), "{\"startedOn\": \"" + today.minusDays(31) + "\"}", 200);
        assertThat(mine(desk).get("status").asString()).isEqualTo("OVERDUE");
        assertThat(page(desk, "/training")).contains("Overdue").doesNotContain("Due by");
        assertThat(api("GET", lead, "/api/v1/training/compliance", null, 200).get("overdue").toString())
                .contains("Dana Desk", "OVERDUE");
        directory.setLocale(desk.personId(), Locale.forLanguageTag("es"));
        reminders.sendDue(Instant.now());
        assertThat(reminderKeys(desk)).containsExactlyInAnyOrder("training.reminder.due", "training.reminder.pastDue");
        String spanish = jdbc.sql("SELECT body_text FROM email_outbox WHERE recipient = ? AND subject LIKE '%vencida%'")
                .param(desk.email()).query(String.class).single();
        assertThat(spanish).contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("es"))
                .format(today.minusDays(1)));

        // done: the allowance no longer matters
        api("POST", desk, "/api/v1/training/completions", "{\"itemId\": \"" + trauma + "\", \"completedOn\": \"" + today + "\"}", 201);
        assertThat(mine(desk).get("status").asString()).isEqualTo("DONE");

        // a requirement added today makes nobody overdue at once: who started before has the days from today
        UUID drills = item("EMERGENCY_DRILLS");
        api("POST", lead, "/api/v1/training/requirements", "{\"itemId\": \"" + drills
                + "\", \"audience\": \"EVERYONE\", \"withinDays\": 14}", 201);
        JsonNode drillRow = null;
        for (JsonNode r : api("GET", desk, "/api/v1/training/mine", null, 200).get("items")) {
            if (r.get("item").get("id").asString().equals(drills.toString())) {
                drillRow = r;
            }
        }
        assertThat(drillRow).isNotNull();
        assertThat(drillRow.get("status").asString()).isEqualTo("DUE_BY");
        assertThat(drillRow.get("dueBy").asString()).isEqualTo(today.plusDays(14).toString());
    }

    @Test
    void adminsKeepAStartDateOnThePersonPage() throws Exception {
        String form = page(admin, "/admin/people/" + desk.personId());
        assertThat(form).contains("Start date", "name=\"startedOn\"");
        MockHttpServletResponse wrong = mvc.perform(MockMvcRequestBuilders.post("/admin/people/" + desk.personId())
                        .with(Fixtures.as(admin)).with(csrf()).param("name", "Dana Desk").param("startedOn", "next spring")
                        .param("pattern[MON]", "ALL"))
                .andReturn().getResponse();
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("Enter the start date as YYYY-MM-DD", "value=\"next spring\"");
        MockHttpServletResponse saved = mvc.perform(MockMvcRequestBuilders.post("/admin/people/" + desk.personId())
                        .with(Fixtures.as(admin)).with(csrf()).param("name", "Dana Desk").param("startedOn", "2026-09-01")
                        .param("branchId", branch.toString()).param("pattern[MON]", "ALL"))
                .andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(page(admin, "/admin/people/" + desk.personId())).contains("value=\"2026-09-01\"");
    }

    private JsonNode mine(CurrentUser person) throws Exception {
        for (JsonNode row : api("GET", person, "/api/v1/training/mine", null, 200).get("items")) {
            if (row.get("required").asBoolean()) {
                return row;
            }
        }
        throw new AssertionError("nothing required of " + person.name());
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.get("items").forEach(p -> names.add(p.get("name").asString()));
        return names;
    }

    private MockHttpServletResponse upload(String method, String path, CurrentUser person, byte[] bytes,
            @Nullable UUID itemId) throws Exception {
        var request = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(method), path)
                .file(new MockMultipartFile("certificate", "cert.pdf", "application/pdf", bytes))
                .with(Fixtures.as(person)).with(csrf()).accept(MediaType.APPLICATION_JSON);
        if (itemId != null) {
            request.param("itemId", itemId.toString()).param("completedOn", LocalDate.now(person.zone()).toString());
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
