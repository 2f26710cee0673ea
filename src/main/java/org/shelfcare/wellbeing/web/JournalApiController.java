package org.shelfcare.wellbeing.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.Journal;
import org.shelfcare.wellbeing.JournalDraft;
import org.shelfcare.wellbeing.JournalPrompt;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The caller's own journal as JSON, and the prompts to write with. Nobody else's entry can be
 * reached: another person's id answers 404 whatever the caller's role.
 */
@ApiController("/api/v1/wellbeing/journal")
class JournalApiController {

    private final Journal journal;

    JournalApiController(Journal journal) {
        this.journal = journal;
    }

    record EntryRequest(@Nullable String title, @Nullable String body, @Nullable List<String> tags,
            @Nullable String promptId) {

        JournalDraft draft() {
            return new JournalDraft(title, body, tags, promptId);
        }
    }

    record PromptRequest(@Nullable String text) {}

    record Created(UUID id) {}

    @Operation(summary = "Write a journal entry: body (required), optional title, tags and promptId")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created create(CurrentUser user, @RequestBody EntryRequest request) {
        return new Created(journal.write(user, request.draft()));
    }

    @Operation(summary = "The caller's own entries, newest first; q searches title, body and tags, tag filters")
    @GetMapping
    ListPage<JournalExport.EntryJson> list(CurrentUser user, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String tag, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return ListPage.of(journal.entries(user, q, tag).stream().map(JournalExport.EntryJson::of).toList(), cursor, limit);
    }

    @Operation(summary = "Everything the caller has written in the journal, as one JSON download")
    @GetMapping("/export")
    ResponseEntity<JournalExport.Json> export(CurrentUser user) {
        return JournalController.download("json", MediaType.APPLICATION_JSON,
                JournalExport.Json.of(journal.entries(user, null, null)), user);
    }

    @Operation(summary = "One of the caller's own entries; anyone else's answers 404")
    @GetMapping("/{id}")
    JournalExport.EntryJson get(CurrentUser user, @PathVariable UUID id) {
        return JournalExport.EntryJson.of(journal.entry(user, id));
    }

    @Operation(summary = "Replace the title, body and tags of one of the caller's own entries (the prompt stays)")
    @PutMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void update(CurrentUser user, @PathVariable UUID id, @RequestBody EntryRequest request) {
        journal.change(user, id, request.draft());
    }

    @Operation(summary = "Delete one of the caller's own entries")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user, @PathVariable UUID id) {
        journal.delete(user, id);
    }

    @Operation(summary = "The prompts to write with: built-in ones in the caller's language, then the library's own")
    @GetMapping("/prompts")
    ListPage<JournalPrompt> prompts(CurrentUser user) {
        return ListPage.of(journal.prompts(user), null, ListPage.MAX_LIMIT);
    }

    @Operation(summary = "Add one of the library's own prompts (wellness leads and admins)")
    @PostMapping("/prompts")
    @ResponseStatus(HttpStatus.CREATED)
    Created addPrompt(CurrentUser user, @RequestBody PromptRequest request) {
        return new Created(journal.addPrompt(user, request.text()));
    }

    @Operation(summary = "Delete one of the library's own prompts (wellness leads and admins)")
    @DeleteMapping("/prompts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deletePrompt(CurrentUser user, @PathVariable UUID id) {
        journal.deletePrompt(user, id);
    }
}
