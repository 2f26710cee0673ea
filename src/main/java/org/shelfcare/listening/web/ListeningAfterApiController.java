package org.shelfcare.listening.web;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.listening.SessionExport;
import org.shelfcare.listening.SessionNotes;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A session's notes and export as API: the permissions of the pages, errors as problem details. */
@ApiController("/api/v1/listening")
class ListeningAfterApiController {

    private final SessionNotes notes;
    private final SessionExport export;

    ListeningAfterApiController(SessionNotes notes, SessionExport export) {
        this.notes = notes;
        this.export = export;
    }

    record NotesBody(@Nullable String notes) {}

    record NotesJson(@Nullable String notes, java.time.@Nullable Instant publishedAt) {}

    @GetMapping("/sessions/{id}/notes")
    NotesJson notes(CurrentUser user, @PathVariable UUID id) {
        return notes.notes(user, id).map(n -> new NotesJson(n.text(), n.publishedAt()))
                .orElse(new NotesJson(null, null));
    }

    @PutMapping("/sessions/{id}/notes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void publish(CurrentUser user, @PathVariable UUID id, @RequestBody NotesBody body) {
        notes.publish(user, id, body.notes());
    }

    @GetMapping("/sessions/{id}/export")
    ResponseEntity<byte[]> export(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "csv") String format,
            Locale locale) {
        // who may export comes before what was asked for: another library 404, not a moderator 403
        export.authorize(user, id);
        return switch (format) {
            case "csv" -> ListeningAfterController.csvFile(id, export.csv(user, id, locale));
            case "pdf" -> ListeningAfterController.pdfFile(id, export.pdf(user, id, locale));
            default -> throw Problems.invalid("format", "listening.export.format");
        };
    }
}
