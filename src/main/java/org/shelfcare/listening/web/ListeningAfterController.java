package org.shelfcare.listening.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.listening.ListeningSession;
import org.shelfcare.listening.ListeningSessions;
import org.shelfcare.listening.SessionExport;
import org.shelfcare.listening.SessionNotes;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** After a session: the notes form for its host, admins and wellness leads, and its CSV and PDF export. */
@Controller
class ListeningAfterController {

    private final ListeningSessions sessions;
    private final SessionNotes notes;
    private final SessionExport export;
    private final MessageSource messages;

    ListeningAfterController(ListeningSessions sessions, SessionNotes notes, SessionExport export,
            MessageSource messages) {
        this.sessions = sessions;
        this.notes = notes;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping(ListeningRoutes.SESSION + "/notes")
    String notesForm(CurrentUser user, @PathVariable UUID id, Model model) {
        ListeningSession session = publishable(user, id);
        return render(session, notes.notes(user, id).map(SessionNotes.Notes::text).orElse(""), FormErrors.NONE, model);
    }

    @PostMapping(ListeningRoutes.SESSION + "/notes")
    String publish(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String text,
            Locale locale, Model model, RedirectAttributes redirect) {
        ListeningSession session = publishable(user, id);
        try {
            notes.publish(user, id, text);
        } catch (InvalidInput invalid) {
            return render(session, text, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.notes.published", null, locale));
        return "redirect:" + ListeningRoutes.session(id) + "#notes";
    }

    @GetMapping(ListeningRoutes.SESSION + "/export.csv")
    ResponseEntity<byte[]> csv(CurrentUser user, @PathVariable UUID id, Locale locale) {
        return csvFile(id, export.csv(user, id, locale));
    }

    @GetMapping(ListeningRoutes.SESSION + "/export.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable UUID id, Locale locale) {
        return pdfFile(id, export.pdf(user, id, locale));
    }

    static ResponseEntity<byte[]> csvFile(UUID id, String csv) {
        return file(id, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8), csv.getBytes(StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> pdfFile(UUID id, byte[] pdf) {
        return file(id, "pdf", MediaType.APPLICATION_PDF, pdf);
    }

    private static ResponseEntity<byte[]> file(UUID id, String extension, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("listening-session-" + id + "." + extension).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    /** The session, when the person may publish its notes now: not a moderator 403, not over yet 409. */
    private ListeningSession publishable(CurrentUser user, UUID id) {
        ListeningSession session = sessions.session(user, id);
        if (!session.moderates()) {
            throw Problems.forbidden();
        }
        if (!notes.mayPublish(user, session)) {
            throw Problems.conflict("listening.notes.notYet");
        }
        return session;
    }

    private String render(ListeningSession session, String text, FormErrors errors, Model model) {
        model.addAttribute("session", session);
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        return "listening/notes";
    }
}
