package org.shelfcare.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "Get help now" as visitors, staff, admins and wellness leads of two libraries meet it. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ResourcesIntegrationTests {

    private static final UUID CRISIS_TEXT_LINE_EN = UUID.fromString("5e0c7a10-0741-4000-8000-000000000001");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    // ---- the help page ------------------------------------------------------------------------------

    @Test
    void aVisitorSeesTheCrisisLinesInEnglish() throws Exception {
        String page = page(get("/help").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(page).contains("If you are in immediate danger, call 911.", "href=\"tel:911\"",
                "Nobody at your library can see that you opened this page.",
                "988 Suicide &amp; Crisis Lifeline", "href=\"tel:988\"", "href=\"sms:988\"", "988lifeline.org",
                "Crisis Text Line", "Text HOME to 741741", "href=\"sms:741741?&amp;body=HOME\"",
                "442-AYUDAME", "SAMHSA National Helpline", "href=\"tel:18006624357\"",
                "Veterans Crisis Line", "Dial 988 then press 1", "href=\"sms:838255\"",
                "Source: 988lifeline.org (checked Nov 2026)", "Source: crisistextline.org (checked Nov 2026)",
                "confidential, except where the law requires disclosure");
        // the ended LGBTQ+ option and the unverified Trevor Project numbers are not shown
        assertThat(page).doesNotContain("PRIDE", "press 3", "Trevor", "866-488-7386");
        // in the order a person in trouble needs it
        assertThat(page.indexOf("call 911")).isLessThan(page.indexOf("Employee Assistance Program"));
        assertThat(page.indexOf("Employee Assistance Program")).isLessThan(page.indexOf("988 Suicide"));
        assertThat(page.indexOf("988 Suicide")).isLessThan(page.indexOf("Counseling, HR and union"));
    }

    @Test
    void aVisitorSeesTheCrisisLinesInSpanish() throws Exception {
        String page = page(get("/help").header(HttpHeaders.ACCEPT_LANGUAGE, "es"));

        assertThat(page).contains("<html lang=\"es\">", "Obtener ayuda ahora", "Si está en peligro inmediato, llame al 911.",
                "Nadie en su biblioteca puede ver que usted abrió esta página.",
                "988 Línea de Prevención del Suicidio y Crisis", "Llamar al 988",
                "href=\"sms:988?&amp;body=AYUDA\"", "marque 2",
                "Crisis Text Line", "Envíe AYUDA al 741741", "href=\"sms:741741?&amp;body=AYUDA\"", "442-AYUDAME",
                "Línea Nacional de Ayuda de SAMHSA", "Línea de Crisis para Veteranos",
                "Fuente: 988lifeline.org (consultado en noviembre de 2026)");
        assertThat(page).doesNotContain("Text HOME to 741741", "PRIDE", "Trevor");
    }

    @Test
    void theApiGivesVisitorsTheInstanceLinesInTheirLanguage() throws Exception {
        JsonNode english = json(get("/api/v1/resources").header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        JsonNode spanish = json(get("/api/v1/resources").header(HttpHeaders.ACCEPT_LANGUAGE, "es"));

        assertThat(names(english)).contains("988 Suicide & Crisis Lifeline", "Crisis Text Line",
                "SAMHSA National Helpline", "Veterans Crisis Line");
        assertThat(names(spanish)).contains("988 Línea de Prevención del Suicidio y Crisis",
                "Línea Nacional de Ayuda de SAMHSA");
        assertThat(english.get("nextCursor").isNull()).isTrue();
        JsonNode lifeline = english.get("items").get(0);
        assertThat(lifeline.get("phoneLink").asString()).isEqualTo("tel:988");
        assertThat(lifeline.get("source").asString()).isEqualTo("988lifeline.org (checked Nov 2026)");
        assertThat(lifeline.get("instanceDefault").asBoolean()).isTrue();
    }

    // ---- a library's own entries -----------------------------------------------------------------------

    @Test
    void aLibrarysEapShowsForItsStaffOnly() throws Exception {
        Fixtures.Library library = fixtures.library("Maple Library");
        Fixtures.Library elsewhere = fixtures.library("Birch Library");
        CurrentUser lead = library.person("Wellness Lead", Role.WELLNESS_LEAD);
        CurrentUser staff = library.person("Shelver");
        CurrentUser otherStaff = elsewhere.person("Page");

        MockHttpServletResponse created = mvc.perform(post("/api/v1/resources").with(Fixtures.as(lead)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"category":"EAP","name":"Maple EAP by Acme Care","description":"Free short-term counseling.",
                         "phone":"1-800-555-0199","webUrl":"https://eap.example/maple","hours":"24/7",
                         "confidential":true,"source":"HR benefits guide 2026"}"""))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(json.readTree(created.getContentAsString()).get("id").asString()).isNotBlank();

        String mine = page(get("/help").with(Fixtures.as(staff)));
        assertThat(mine).contains("Maple EAP by Acme Care", "href=\"tel:18005550199\"", "https://eap.example/maple",
                "Added by your library.", "Source: HR benefits guide 2026", "Confidential");
        assertThat(mine.indexOf("Maple EAP")).isLessThan(mine.indexOf("988 Suicide"));
        assertThat(names(json(get("/api/v1/resources").with(Fixtures.as(staff))))).contains("Maple EAP by Acme Care");

        assertThat(page(get("/help").with(Fixtures.as(otherStaff)))).doesNotContain("Maple EAP");
        assertThat(page(get("/help"))).doesNotContain("Maple EAP");
        assertThat(names(json(get("/api/v1/resources")))).doesNotContain("Maple EAP by Acme Care");
    }

    @Test
    void aHiddenInstanceLineDisappearsForThatLibraryOnly() throws Exception {
        Fixtures.Library library = fixtures.library("Harbour Library");
        Fixtures.Library elsewhere = fixtures.library("Prairie Library");
        CurrentUser staff = library.person("Clerk");
        CurrentUser otherStaff = elsewhere.person("Clerk");

        MockHttpServletResponse hidden = mvc.perform(post("/help/manage/" + CRISIS_TEXT_LINE_EN + "/hide")
                .with(Fixtures.as(library.admin())).with(csrf())).andReturn().getResponse();
        assertThat(hidden.getStatus()).isEqualTo(302);
        assertThat(hidden.getRedirectedUrl()).isEqualTo("/help/manage");

        assertThat(page(get("/help").with(Fixtures.as(staff)))).doesNotContain("Crisis Text Line")
                .contains("988 Suicide &amp; Crisis Lifeline");
        // hiding hides every language version
        assertThat(page(get("/help").with(Fixtures.as(staff)).header(HttpHeaders.ACCEPT_LANGUAGE, "es")))
                .contains("Llamar al 988");
        assertThat(page(get("/help").with(Fixtures.as(otherStaff)))).contains("Crisis Text Line");
        assertThat(page(get("/help"))).contains("Crisis Text Line");
        assertThat(page(get("/help/manage").with(Fixtures.as(library.admin())))).contains("Hidden");

        mvc.perform(post("/help/manage/" + CRISIS_TEXT_LINE_EN + "/show").with(Fixtures.as(library.admin())).with(csrf()));
        assertThat(page(get("/help").with(Fixtures.as(staff)))).contains("Crisis Text Line");
    }

    @Test
    void hidingTheSpanishVersionHidesTheLineInEveryLanguage() throws Exception {
        Fixtures.Library library = fixtures.library("Cedar Library");
        CurrentUser staff = library.person("Clerk");
        UUID spanish988 = UUID.fromString("5e0c7a10-0988-4000-8000-000000000002");

        int status = mvc.perform(put("/api/v1/resources/" + spanish988 + "/hidden").with(Fixtures.as(library.admin()))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"hidden\":true}"))
                .andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(204);
        assertThat(page(get("/help").with(Fixtures.as(staff)))).doesNotContain("988 Suicide");
        assertThat(names(json(get("/api/v1/resources").with(Fixtures.as(staff))))).doesNotContain("988 Suicide & Crisis Lifeline");
    }

    @Test
    void staffCannotChangeTheList() throws Exception {
        Fixtures.Library library = fixtures.library("Willow Library");
        CurrentUser staff = library.person("Circulation Clerk");
        UUID entry = add(library.admin(), "Willow HR");

        assertThat(status(get("/help/manage").with(Fixtures.as(staff)))).isEqualTo(403);
        assertThat(status(post("/help/manage").with(Fixtures.as(staff)).with(csrf())
                .param("category", "HR").param("name", "Sneaky"))).isEqualTo(403);
        assertThat(status(post("/api/v1/resources").with(Fixtures.as(staff)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"HR\",\"name\":\"Sneaky\"}"))).isEqualTo(403);
        assertThat(status(put("/api/v1/resources/" + entry).with(Fixtures.as(staff)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"HR\",\"name\":\"Sneaky\"}"))).isEqualTo(403);
        assertThat(status(delete("/api/v1/resources/" + entry).with(Fixtures.as(staff)).with(csrf()))).isEqualTo(403);
        assertThat(page(get("/help").with(Fixtures.as(staff)))).contains("Willow HR").doesNotContain("Sneaky")
                .doesNotContain("Manage support resources");

        MockHttpServletResponse anonymous = mvc.perform(get("/help/manage").accept(MediaType.TEXT_HTML))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void anotherLibrarysEntryAnswersNotFound() throws Exception {
        Fixtures.Library library = fixtures.library("Oak Library");
        Fixtures.Library elsewhere = fixtures.library("Elm Library");
        UUID entry = add(library.admin(), "Oak Union Local 7");
        CurrentUser otherAdmin = elsewhere.admin();

        assertThat(status(put("/api/v1/resources/" + entry).with(Fixtures.as(otherAdmin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"UNION\",\"name\":\"Taken\"}"))).isEqualTo(404);
        assertThat(status(delete("/api/v1/resources/" + entry).with(Fixtures.as(otherAdmin)).with(csrf()))).isEqualTo(404);
        assertThat(status(get("/help/manage/" + entry + "/edit").with(Fixtures.as(otherAdmin)))).isEqualTo(404);
        assertThat(page(get("/help").with(Fixtures.as(library.admin())))).contains("Oak Union Local 7");
    }

    @Test
    void instanceLinesCannotBeEditedOnlyHidden() throws Exception {
        Fixtures.Library library = fixtures.library("Aspen Library");

        assertThat(status(put("/api/v1/resources/" + CRISIS_TEXT_LINE_EN).with(Fixtures.as(library.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"CRISIS\",\"name\":\"Changed\"}"))).isEqualTo(403);
        assertThat(status(delete("/api/v1/resources/" + CRISIS_TEXT_LINE_EN).with(Fixtures.as(library.admin()))
                .with(csrf()))).isEqualTo(403);
        assertThat(page(get("/help"))).contains("Crisis Text Line").doesNotContain(">Changed<");
        // a library's own entry is deleted, not hidden
        UUID own = add(library.admin(), "Aspen HR");
        assertThat(status(put("/api/v1/resources/" + own + "/hidden").with(Fixtures.as(library.admin())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"hidden\":true}"))).isEqualTo(409);
    }

    // ---- forms ------------------------------------------------------------------------------------------

    @Test
    void aBadWebAddressGivesAFieldErrorAndKeepsWhatWasTyped() throws Exception {
        Fixtures.Library library = fixtures.library("Spruce Library");
        CurrentUser lead = library.person("Wellness Lead", Role.WELLNESS_LEAD);

        MockHttpServletResponse response = mvc.perform(post("/help/manage").with(Fixtures.as(lead)).with(csrf())
                .param("category", "COUNSELING").param("name", "Spruce Counseling Center")
                .param("description", "Two free sessions.\nAsk for Dana.").param("phone", "(555) 010-0123")
                .param("webUrl", "javascript:alert(1)").param("hours", "Mon-Fri").param("confidential", "true"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page).contains("Please fix the following", "Please enter a web address starting with https:// or http://.",
                "href=\"#webUrl\"", "value=\"javascript:alert(1)\"", "value=\"Spruce Counseling Center\"",
                "value=\"(555) 010-0123\"", "value=\"Mon-Fri\"", "Two free sessions.\nAsk for Dana.</textarea>",
                "<option value=\"COUNSELING\" selected>");
        assertThat(page).containsPattern("id=\"webUrl\"[^>]*aria-invalid=\"true\"");
        assertThat(page).containsPattern("id=\"confidential\"[^>]*checked");
        assertThat(page(get("/help/manage").with(Fixtures.as(lead)))).doesNotContain("Spruce Counseling Center");
    }

    @Test
    void theApiExplainsEveryProblemWithPointers() throws Exception {
        Fixtures.Library library = fixtures.library("Poplar Library");

        MockHttpServletResponse response = mvc.perform(post("/api/v1/resources").with(Fixtures.as(library.admin()))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"category":"HOTLINE","name":"%s","phone":"call us","webUrl":"ftp://files.example",
                         "smsBody":"HOME"}""".formatted("x".repeat(201))))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode errors = json.readTree(response.getContentAsString()).get("errors");
        Map<String, String> byPointer = new LinkedHashMap<>();
        errors.forEach(e -> byPointer.put(e.get("pointer").asString(), e.get("detail").asString()));
        assertThat(byPointer).containsKeys("#/category", "#/name", "#/phone", "#/webUrl", "#/smsBody");
        assertThat(byPointer.get("#/name")).isEqualTo("Please keep this to 200 characters or fewer.");
    }

    @Test
    void markupInANameIsShownAsText() throws Exception {
        Fixtures.Library library = fixtures.library("Linden Library");
        CurrentUser staff = library.person("Clerk");
        add(library.admin(), "<script>alert('x')</script><b>Bold</b> EAP");

        String help = page(get("/help").with(Fixtures.as(staff)));
        String manage = page(get("/help/manage").with(Fixtures.as(library.admin())));

        for (String page : List.of(help, manage)) {
            assertThat(page).contains("&lt;script&gt;alert('x')&lt;/script&gt;&lt;b&gt;Bold&lt;/b&gt; EAP")
                    .doesNotContain("<script>alert", "<b>Bold</b>");
        }
    }

    @Test
    void anAdminAddsEditsAndDeletesAnEntryThroughThePages() throws Exception {
        Fixtures.Library library = fixtures.library("Redwood Library");
        CurrentUser admin = library.admin();
        CurrentUser staff = library.person("Clerk");

        MockHttpServletResponse added = mvc.perform(post("/help/manage").with(Fixtures.as(admin)).with(csrf())
                .param("category", "UNION").param("name", "Redwood Staff Union").param("sms", "555-0144")
                .param("smsBody", "JOIN")).andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(page(get("/help").with(Fixtures.as(staff)))).contains("Redwood Staff Union", "Union",
                "href=\"sms:5550144?&amp;body=JOIN\"", "Text JOIN to 555-0144");

        UUID id = jdbc.sql("SELECT id FROM support_resource WHERE org_id = ? AND name = 'Redwood Staff Union'")
                .param(library.id()).query(UUID.class).single();
        assertThat(page(get("/help/manage/" + id + "/edit").with(Fixtures.as(admin)))).contains("value=\"Redwood Staff Union\"");
        assertThat(status(post("/help/manage/" + id).with(Fixtures.as(admin)).with(csrf())
                .param("category", "UNION").param("name", "Redwood Union Local 9").param("locale", "es"))).isEqualTo(302);
        assertThat(page(get("/help").with(Fixtures.as(staff)).header(HttpHeaders.ACCEPT_LANGUAGE, "es")))
                .contains("Redwood Union Local 9");
        assertThat(page(get("/help").with(Fixtures.as(staff)).header(HttpHeaders.ACCEPT_LANGUAGE, "en")))
                .doesNotContain("Redwood Union");

        assertThat(page(get("/help/manage/" + id + "/delete").with(Fixtures.as(admin))))
                .contains("Delete \"Redwood Union Local 9\"?", "This cannot be undone.");
        assertThat(status(post("/help/manage/" + id + "/delete").with(Fixtures.as(admin)).with(csrf()))).isEqualTo(302);
        assertThat(page(get("/help").with(Fixtures.as(staff)).header(HttpHeaders.ACCEPT_LANGUAGE, "es")))
                .doesNotContain("Redwood Union");
    }

    @Test
    void theApiChangesAndDeletesTheLibrarysEntries() throws Exception {
        Fixtures.Library library = fixtures.library("Sycamore Library");
        CurrentUser lead = library.person("Wellness Lead", Role.WELLNESS_LEAD);
        UUID entry = add(library.admin(), "Sycamore HR");

        MockHttpServletResponse changed = mvc.perform(put("/api/v1/resources/" + entry).with(Fixtures.as(lead)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"category\":\"HR\",\"name\":\"Sycamore People Team\",\"sortOrder\":5}"))
                .andReturn().getResponse();
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(json.readTree(changed.getContentAsString()).get("sortOrder").asInt()).isEqualTo(5);

        assertThat(status(delete("/api/v1/resources/" + entry).with(Fixtures.as(lead)).with(csrf()))).isEqualTo(204);
        assertThat(status(delete("/api/v1/resources/" + entry).with(Fixtures.as(lead)).with(csrf()))).isEqualTo(404);
    }

    // ---- leaving no trace --------------------------------------------------------------------------------

    @Test
    void openingTheHelpPageLeavesNoTrace(CapturedOutput output) throws Exception {
        Fixtures.Library library = fixtures.library("Quiet Library");
        CurrentUser staff = library.person("Reference Librarian");
        Map<String, Long> before = rowCounts();
        int logLength = output.getAll().length();

        page(get("/help").with(Fixtures.as(staff)));
        json(get("/api/v1/resources").with(Fixtures.as(staff)));

        assertThat(rowCounts()).isEqualTo(before);
        String logged = output.getAll().substring(logLength);
        assertThat(logged).doesNotContain("/help", "/api/v1/resources", staff.personId().toString());
    }

    @Test
    void otherModulesGetAPersonsListInTheirLanguage() {
        Fixtures.Library library = fixtures.library("Hazel Library");
        CurrentUser staff = library.person("Clerk");
        add(library.admin(), "Hazel EAP");

        List<SupportResource> list = fixtures.directory().currentUser(staff.personId()).map(resources::forPerson).orElseThrow();

        assertThat(list).extracting(SupportResource::name).contains("Hazel EAP", "988 Suicide & Crisis Lifeline");
        assertThat(list.get(0).name()).isEqualTo("Hazel EAP");
    }

    @Autowired ResourcesManagement resources;

    // ---- helpers --------------------------------------------------------------------------------------------

    private UUID add(CurrentUser admin, String name) {
        return resources.add(admin, new ResourceDraft(name.contains("EAP") ? "EAP" : name.contains("Union") ? "UNION" : "HR",
                null, name, null, "555-0100", null, null, null, null, null, false, null, null));
    }

    /** Row counts of every table except the session store, which signing in itself uses. */
    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.sql("""
                SELECT table_name FROM information_schema.tables
                WHERE lower(table_schema) = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name""")
                .query(String.class).list()) {
            if (!table.toLowerCase().startsWith("spring_session")) {
                counts.put(table, jdbc.sql("SELECT count(*) FROM \"" + table + "\"").query(Long.class).single());
            }
        }
        return counts;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(response.getStatus()).as("status of %s", response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static List<String> names(JsonNode list) {
        return list.get("items").valueStream().map(item -> item.get("name").asString()).toList();
    }
}
