package org.shelfcare.listening;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * After a session: notes published to the audience (with a notification), and the CSV and PDF
 * export for hosts, admins and wellness leads, which never name an anonymous asker, never carry a
 * hidden question's text, and neutralize spreadsheet formulas.
 */
@IntegrationTest
class ListeningAfterTests extends ListeningApiTest {

    @Autowired NotificationManagement notifications;

    UUID eastside;
    CurrentUser lead;
    CurrentUser ana;
    CurrentUser ben;

    @BeforeEach
    void library() {
        library = fixtures.library("After Library");
        eastside = settings.addUnit(library.admin(), LibrarySettings.UnitKind.BRANCH, "Eastside " + SEQUENCE.incrementAndGet()).id();
        lead = person("Lee Lead", eastside, null, Role.WELLNESS_LEAD);
        ana = person("Ana Anonymous", eastside, null);
        ben = person("Ben Named", eastside, null);
        person("Cai Eastside", eastside, null);
        person("Dee Eastside", eastside, null);
    }

    /** A session with an anonymous answered question (a formula), a named one, and a hidden one. */
    private record Held(String id, String anonymous, String named, String hidden) {}

    private Held held() throws Exception {
        String id = call(lead, HttpMethod.POST, "/api/v1/listening/sessions",
                json.writeValueAsString(Map.of("title", "Autumn town hall", "startsAt", soon())), 201).get("id").asString();
        String anonymous = call(ana, HttpMethod.POST, "/api/v1/listening/sessions/" + id + "/questions",
                json.writeValueAsString(Map.of("text", "=HYPERLINK(\"http://evil.example\") why no breaks?", "anonymous", true)), 201)
                .get("id").asString();
        String named = call(ben, HttpMethod.POST, "/api/v1/listening/sessions/" + id + "/questions",
                json.writeValueAsString(Map.of("text", "Can we rotate the desk shifts?", "anonymous", false)), 201)
                .get("id").asString();
        String hidden = call(ben, HttpMethod.POST, "/api/v1/listening/sessions/" + id + "/questions",
                json.writeValueAsString(Map.of("text", "Secret hidden question text", "anonymous", false)), 201)
                .get("id").asString();
        call(ben, HttpMethod.POST, "/api/v1/listening/questions/" + anonymous + "/votes", null, 201);
        call(lead, HttpMethod.POST, "/api/v1/listening/questions/" + anonymous + "/answer",
                "{\"answer\":\"Breaks are now 15 minutes\"}", 204);
        call(lead, HttpMethod.POST, "/api/v1/listening/questions/" + hidden + "/hide", "{\"reason\":\"OFF_TOPIC\"}", 204);
        return new Held(id, anonymous, named, hidden);
    }

    @Test
    void aLeadPublishesNotesAfterTheSessionAndTheAudienceSeesThemAndIsTold() throws Exception {
        Held s = held();
        String notes = "/api/v1/listening/sessions/" + s.id() + "/notes";
        assertThat(status(lead, HttpMethod.PUT, notes, "{\"notes\":\"Too early\"}")).as("not over yet").isEqualTo(409);
        call(lead, HttpMethod.POST, "/api/v1/listening/sessions/" + s.id() + "/close", null, 204);
        assertThat(status(ana, HttpMethod.PUT, notes, "{\"notes\":\"Mine\"}")).as("staff may not").isEqualTo(403);
        assertThat(status(lead, HttpMethod.PUT, notes, "{\"notes\":\"  \"}")).isEqualTo(400);
        assertThat(status(lead, HttpMethod.PUT, notes, json.writeValueAsString(Map.of("notes", "x".repeat(10_001)))))
                .isEqualTo(400);
        assertThat(status(fixtures.library("Other After Library").admin(), HttpMethod.PUT, notes, "{\"notes\":\"Other\"}")).isEqualTo(404);

        call(lead, HttpMethod.PUT, notes, "{\"notes\":\"We heard you: breaks move to 15 minutes from May.\"}", 204);
        assertThat(call(ana, HttpMethod.GET, notes, null, 200).get("notes").asString()).startsWith("We heard you");
        String page = page(ana, "/listening/sessions/" + s.id());
        assertThat(page).contains("Notes from the session").contains("We heard you: breaks move to 15 minutes from May.")
                .contains("Breaks are now 15 minutes").doesNotContain("export.csv");
        assertThat(notifications.notifications(ana)).anyMatch(n -> n.type().equals(SessionNotes.NOTICE)
                && n.args().contains("Autumn town hall"));
        assertThat(notifications.notifications(lead)).as("not the publisher").noneMatch(n -> n.type().equals(SessionNotes.NOTICE));

        // the page form: errors keep the text, in the person's language
        assertThat(page(lead, "/listening/sessions/" + s.id())).contains("Edit the notes").contains("export.csv");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/listening/sessions/" + s.id() + "/notes").with(Fixtures.as(lead))
                .accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, "es")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Publicar notas").contains("Notas de Autumn town hall");
        MockHttpServletResponse empty = form(lead, "/listening/sessions/" + s.id() + "/notes", "text", " ");
        assertThat(empty.getStatus()).isEqualTo(200);
        assertThat(empty.getContentAsString()).contains("Please write the notes.").contains("Publish notes");
        MockHttpServletResponse published = form(lead, "/listening/sessions/" + s.id() + "/notes", "text", "Second version");
        assertThat(published.getStatus()).isEqualTo(302);
        assertThat(page(ben, "/listening/sessions/" + s.id())).contains("Second version").doesNotContain("We heard you");
    }

    @Test
    void theExportHasTheVisibleQuestionsWithoutAnonymousAuthorsOrHiddenTexts() throws Exception {
        Held s = held();
        call(lead, HttpMethod.POST, "/api/v1/listening/sessions/" + s.id() + "/close", null, 204);
        call(lead, HttpMethod.PUT, "/api/v1/listening/sessions/" + s.id() + "/notes",
                "{\"notes\":\"-1 desk, +2 breaks\"}", 204);

        MockHttpServletResponse csv = file(lead, "/listening/sessions/" + s.id() + "/export.csv");
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment").contains(".csv");
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).values()).containsExactly("Session", "Autumn town hall");
        assertThat(records.get(2).values()).as("notes starting with - are neutralized")
                .containsExactly("Notes", "'-1 desk, +2 breaks");
        assertThat(records.get(3).values()).containsExactly("Hidden by the hosts: off topic", "1");
        assertThat(records.get(4).values()).containsExactly("No.", "Question", "Asked by", "Asked on", "Votes", "Status",
                "Written answer");
        CSVRecord first = records.get(5);
        assertThat(first.get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\") why no breaks?");
        assertThat(first.get(2)).isEqualTo("Anonymous");
        assertThat(first.get(4)).isEqualTo("1");
        assertThat(first.get(5)).isEqualTo("Answered");
        assertThat(first.get(6)).isEqualTo("Breaks are now 15 minutes");
        CSVRecord second = records.get(6);
        assertThat(second.get(1)).isEqualTo("Can we rotate the desk shifts?");
        assertThat(second.get(2)).as("a named asker chose to be named").isEqualTo(ben.name());
        assertThat(second.get(5)).isEqualTo("Not answered");
        assertThat(records).hasSize(7);
        assertThat(text).doesNotContain(ana.name()).doesNotContain("Secret hidden question text");

        MockHttpServletResponse pdf = file(lead, "/listening/sessions/" + s.id() + "/export.pdf");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String pdfText = pdfText(pdf.getContentAsByteArray());
        assertThat(pdfText).contains("Autumn town hall").contains("-1 desk, +2 breaks").contains("why no breaks?")
                .contains("Can we rotate the desk shifts?").contains("Breaks are now 15 minutes").contains("Anonymous")
                .doesNotContain("Ana Anonymous").doesNotContain("Secret hidden question text");

        // the API, in Spanish
        MockHttpServletResponse es = mvc.perform(MockMvcRequestBuilders.get("/api/v1/listening/sessions/" + s.id() + "/export")
                .param("format", "csv").header(HttpHeaders.ACCEPT_LANGUAGE, "es").with(Fixtures.as(lead)))
                .andReturn().getResponse();
        assertThat(es.getStatus()).isEqualTo(200);
        assertThat(es.getContentAsString(StandardCharsets.UTF_8)).contains("Pregunta").contains("Anónimo")
                .doesNotContain(ana.name());
        MockHttpServletResponse apiPdf = mvc.perform(MockMvcRequestBuilders.get("/api/v1/listening/sessions/" + s.id() + "/export")
                .param("format", "pdf").with(Fixtures.as(lead))).andReturn().getResponse();
        assertThat(pdfText(apiPdf.getContentAsByteArray())).contains("Autumn town hall");
        assertThat(status(lead, HttpMethod.GET, "/api/v1/listening/sessions/" + s.id() + "/export?format=xls", null))
                .isEqualTo(400);

        // who may export
        assertThat(file(ana, "/listening/sessions/" + s.id() + "/export.csv").getStatus()).isEqualTo(403);
        assertThat(file(fixtures.library("Other After Library").admin(), "/listening/sessions/" + s.id() + "/export.pdf").getStatus()).isEqualTo(404);
    }

    @Test
    void theQrCodeOfAnOpenSessionLeadsToTheJoinFormWithItsCodeFilledIn() throws Exception {
        JsonNode created = call(lead, HttpMethod.POST, "/api/v1/listening/sessions",
                json.writeValueAsString(Map.of("title", "Spring town hall", "startsAt", soon())), 201);
        String id = created.get("id").asString();
        String code = created.get("joinCode").asString();
        assertThat(page(ana, "/listening/sessions/" + id)).contains("/listening/sessions/" + id + "/qr.svg")
                .contains("alt=\"QR code to join this session with the code " + code + "\"");
        assertThat(page(ana, "/listening/sessions/" + id + "/present")).contains("/qr.svg");

        MockHttpServletResponse svg = file(ana, "/listening/sessions/" + id + "/qr.svg");
        assertThat(svg.getStatus()).isEqualTo(200);
        assertThat(svg.getContentType()).startsWith("image/svg+xml");
        String decoded = decode(svg.getContentAsString(StandardCharsets.UTF_8));
        assertThat(decoded).endsWith("/listening/join?code=" + code);

        String join = page(ben, "/listening/join?code=" + code);
        assertThat(join).contains("value=\"" + code + "\"");
        MockHttpServletResponse joined = form(ben, "/listening/join", "code", code);
        assertThat(joined.getHeader(HttpHeaders.LOCATION)).isEqualTo("/listening/sessions/" + id);

        assertThat(file(fixtures.library("Other QR Library").admin(), "/listening/sessions/" + id + "/qr.svg").getStatus())
                .isEqualTo(404);
        call(lead, HttpMethod.POST, "/api/v1/listening/sessions/" + id + "/close", null, 204);
        assertThat(file(ana, "/listening/sessions/" + id + "/qr.svg").getStatus()).as("a closed session has no QR code")
                .isEqualTo(404);
        assertThat(page(ana, "/listening/sessions/" + id)).doesNotContain("qr.svg");
    }

    /** Reads the SVG's dark modules back into pixels and decodes them with ZXing's reader. */
    private static String decode(String svg) throws Exception {
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int size = Integer.parseInt(box.group(1));
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        java.util.regex.Matcher module = java.util.regex.Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0xFF000000;
                }
            }
        }
        com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(size * scale, size * scale, pixels)));
        return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
    }

    private MockHttpServletResponse file(CurrentUser person, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person))).andReturn().getResponse();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
