package org.shelfcare.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.RosterImport;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a roster: upload a CSV file, see every row's problems, confirm when there are none,
 * then hand out the new people's invitation links. Between preview and confirmation the rows wait
 * on the server, in the admin's own session, for at most an hour; nothing comes back from the
 * browser but the preview's random id.
 */
@Controller
class RosterController {

    static final String IMPORT = PeopleController.PEOPLE + "/import";
    private static final String DRAFT = RosterController.class.getName() + ".draft";
    private static final String RESULT = RosterController.class.getName() + ".result";
    private static final Duration DRAFT_LIFETIME = Duration.ofHours(1);

    private final RosterImport roster;
    private final MessageSource messages;

    RosterController(RosterImport roster, MessageSource messages) {
        this.roster = roster;
        this.messages = messages;
    }

    /** Rows waiting for the admin's confirmation. */
    record Draft(UUID id, UUID orgId, UUID adminId, Instant createdAt, List<RosterImport.Row> rows) implements Serializable {}

    /** The people an import invited, with their links, for the admin who imported them. */
    record Result(UUID id, UUID orgId, UUID adminId, List<RosterImport.Imported> people) implements Serializable {}

    @GetMapping(IMPORT)
    String form(CurrentUser admin, Model model) {
        admin.require(Role.ADMIN);
        return form(model, "");
    }

    @GetMapping(IMPORT + "/template.csv")
    ResponseEntity<String> template(CurrentUser admin) {
        admin.require(Role.ADMIN);
        return csv("roster-template.csv", RosterImport.template());
    }

    @PostMapping(IMPORT)
    String upload(CurrentUser admin, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model, Locale locale, HttpSession session, HttpServletResponse response) throws IOException {
        admin.require(Role.ADMIN);
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            return form(model, messages.getMessage("roster.chooseFile", null, locale));
        }
        if (file.getSize() > RosterImport.MAX_BYTES) {
            response.setStatus(413);
            return form(model, messages.getMessage("roster.tooLarge", new Object[] {RosterImport.MAX_BYTES / (1024 * 1024)}, locale));
        }
        RosterImport.Preview preview;
        try {
            preview = roster.preview(admin, file.getBytes());
        } catch (InvalidInput invalid) {
            response.setStatus(400);
            InvalidInput.FieldError error = invalid.errors().get(0);
            return form(model, messages.getMessage(error.messageCode(), error.args(), error.messageCode(), locale));
        } catch (ErrorResponseException problem) {
            response.setStatus(problem.getStatusCode().value());
            String code = String.valueOf(problem.getDetailMessageCode());
            return form(model, messages.getMessage(code, problem.getDetailMessageArguments(), code, locale));
        }
        Draft draft = new Draft(UUID.randomUUID(), admin.organizationId(), admin.personId(), Instant.now(), preview.rows());
        session.setAttribute(DRAFT, draft);
        return preview(model, draft.id(), preview);
    }

    @PostMapping(IMPORT + "/{id}/confirm")
    String confirm(CurrentUser admin, @PathVariable UUID id, Model model, HttpSession session,
            HttpServletResponse response) {
        admin.require(Role.ADMIN);
        if (!(session.getAttribute(DRAFT) instanceof Draft draft) || !draft.id().equals(id)
                || !draft.orgId().equals(admin.organizationId()) || !draft.adminId().equals(admin.personId())) {
            throw Problems.notFound();
        }
        if (draft.createdAt().plus(DRAFT_LIFETIME).isBefore(Instant.now())) {
            session.removeAttribute(DRAFT);
            throw Problems.gone("roster.expired");
        }
        List<RosterImport.Imported> people;
        try {
            people = roster.importRows(admin, draft.rows());
        } catch (InvalidInput changedMeanwhile) {
            response.setStatus(409);
            return preview(model, draft.id(), roster.check(admin, draft.rows()));
        }
        session.removeAttribute(DRAFT);
        session.setAttribute(RESULT, new Result(draft.id(), admin.organizationId(), admin.personId(), people));
        return "redirect:" + IMPORT + "/" + draft.id();
    }

    @GetMapping(IMPORT + "/{id}")
    String result(CurrentUser admin, @PathVariable UUID id, Model model, HttpSession session) {
        model.addAttribute("people", result(admin, id, session).people());
        model.addAttribute("id", id);
        return "directory/people/import-done";
    }

    @GetMapping(IMPORT + "/{id}/links.csv")
    ResponseEntity<String> links(CurrentUser admin, @PathVariable UUID id, HttpSession session) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord("name", "login", "invitation_link");
            for (RosterImport.Imported person : result(admin, id, session).people()) {
                printer.printRecord(cell(person.name()), cell(person.login()), person.invitationUrl());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv("invitation-links.csv", out.toString());
    }

    private Result result(CurrentUser admin, UUID id, HttpSession session) {
        admin.require(Role.ADMIN);
        if (!(session.getAttribute(RESULT) instanceof Result result) || !result.id().equals(id)
                || !result.orgId().equals(admin.organizationId()) || !result.adminId().equals(admin.personId())) {
            throw Problems.notFound();
        }
        return result;
    }

    private String form(Model model, String error) {
        model.addAttribute("error", error);
        model.addAttribute("maxRows", RosterImport.MAX_ROWS);
        model.addAttribute("header", String.join(",", RosterImport.HEADER));
        return "directory/people/import";
    }

    private String preview(Model model, UUID id, RosterImport.Preview preview) {
        model.addAttribute("id", id);
        model.addAttribute("preview", preview);
        return "directory/people/import-preview";
    }

    private static ResponseEntity<String> csv(String filename, String body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    /** Spreadsheets run cells that start like a formula; a leading apostrophe keeps them text. */
    private static String cell(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
