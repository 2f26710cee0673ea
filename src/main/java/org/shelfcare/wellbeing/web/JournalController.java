package org.shelfcare.wellbeing.web;

import static org.shelfcare.wellbeing.web.JournalRoutes.EXPORT_JSON;
import static org.shelfcare.wellbeing.web.JournalRoutes.EXPORT_ZIP;
import static org.shelfcare.wellbeing.web.JournalRoutes.JOURNAL;
import static org.shelfcare.wellbeing.web.JournalRoutes.NEW;
import static org.shelfcare.wellbeing.web.JournalRoutes.PROMPTS;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.Journal;
import org.shelfcare.wellbeing.JournalEntry;
import org.shelfcare.wellbeing.JournalPrompt;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The journal pages. A person reads, writes, changes, deletes and exports only their own entries;
 * anyone else's answers 404 (the supervisor's, the admin's and the operator's included). Wellness
 * leads and admins also keep their library's own prompts here.
 */
@Controller
class JournalController {

    private final Journal journal;
    private final MessageSource messages;

    JournalController(Journal journal, MessageSource messages) {
        this.journal = journal;
        this.messages = messages;
    }

    /** The person's entries, newest first, optionally searched and filtered by tag. */
    @GetMapping(JOURNAL)
    String list(CurrentUser user, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String tag, Model model) {
        String query = q == null ? "" : q.strip();
        String filter = tag == null ? "" : tag.strip();
        model.addAttribute("entries", journal.entries(user, query, filter));
        model.addAttribute("query", query);
        model.addAttribute("tag", filter);
        model.addAttribute("tags", journal.tags(user));
        model.addAttribute("prompts", journal.promptsByTopic(user));
        model.addAttribute("editsPrompts", Journal.editsPrompts(user));
        model.addAttribute("zone", user.zone());
        return "wellbeing/journal/list";
    }

    @GetMapping(NEW)
    String newEntry(CurrentUser user, @RequestParam(required = false) @Nullable String prompt, Model model) {
        JournalPrompt chosen = prompt == null ? null : journal.prompt(user, prompt).orElse(null);
        return renderNew(model, chosen == null ? new JournalForm() : JournalForm.answering(chosen.id()), chosen,
                FormErrors.NONE);
    }

    @PostMapping(NEW)
    String write(CurrentUser user, @ModelAttribute("form") JournalForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        UUID id;
        try {
            id = journal.write(user, form.draft());
        } catch (InvalidInput invalid) {
            JournalPrompt chosen = form.getPromptId().isBlank() ? null : journal.prompt(user, form.getPromptId()).orElse(null);
            return renderNew(model, form, chosen, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("wellbeing.journal.saved", null, locale));
        return "redirect:" + JournalRoutes.entry(id);
    }

    @GetMapping(JOURNAL + "/{id}")
    String view(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("entry", journal.entry(user, id));
        model.addAttribute("zone", user.zone());
        return "wellbeing/journal/view";
    }

    @GetMapping(JOURNAL + "/{id}/edit")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        JournalEntry entry = journal.entry(user, id);
        return renderEdit(model, entry, JournalForm.of(entry), FormErrors.NONE);
    }

    @PostMapping(JOURNAL + "/{id}")
    String change(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") JournalForm form, Locale locale,
            Model model, RedirectAttributes redirect) {
        JournalEntry entry = journal.entry(user, id);
        try {
            journal.change(user, id, form.draft());
        } catch (InvalidInput invalid) {
            return renderEdit(model, entry, form, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("wellbeing.journal.changed", null, locale));
        return "redirect:" + JournalRoutes.entry(id);
    }

    @GetMapping(JOURNAL + "/{id}/delete")
    String confirmDelete(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("entry", journal.entry(user, id));
        model.addAttribute("zone", user.zone());
        return "wellbeing/journal/delete";
    }

    @PostMapping(JOURNAL + "/{id}/delete")
    String delete(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        journal.delete(user, id);
        Flash.notice(redirect, messages.getMessage("wellbeing.journal.deleted", null, locale));
        return "redirect:" + JOURNAL;
    }

    /** Everything the person has written, one Markdown file per entry in a zip. */
    @GetMapping(EXPORT_ZIP)
    ResponseEntity<byte[]> exportZip(CurrentUser user, Locale locale) {
        byte[] zip = JournalExport.zip(journal.entries(user, null, null), user.zone(),
                messages.getMessage("wellbeing.journal.unreadable", null, locale));
        return download("zip", MediaType.parseMediaType("application/zip"), zip, user);
    }

    /** Everything the person has written, as JSON. */
    @GetMapping(EXPORT_JSON)
    ResponseEntity<JournalExport.Json> exportJson(CurrentUser user) {
        return download("json", MediaType.APPLICATION_JSON, JournalExport.Json.of(journal.entries(user, null, null)), user);
    }

    static <T> ResponseEntity<T> download(String extension, MediaType type, T body, CurrentUser user) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("journal-" + LocalDate.now(user.zone()) + "." + extension).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    // ---- the library's own prompts ------------------------------------------------------------------

    @GetMapping(PROMPTS)
    String prompts(CurrentUser user, Model model) {
        return renderPrompts(user, model, "", FormErrors.NONE);
    }

    @PostMapping(PROMPTS)
    String addPrompt(CurrentUser user, @RequestParam(defaultValue = "") String text, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            journal.addPrompt(user, text);
        } catch (InvalidInput invalid) {
            return renderPrompts(user, model, text, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("wellbeing.journal.prompts.added", null, locale));
        return "redirect:" + PROMPTS;
    }

    @GetMapping(PROMPTS + "/{id}/delete")
    String confirmDeletePrompt(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("prompt", journal.ownPrompt(user, id));
        return "wellbeing/journal/prompt-delete";
    }

    @PostMapping(PROMPTS + "/{id}/delete")
    String deletePrompt(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        journal.deletePrompt(user, id);
        Flash.notice(redirect, messages.getMessage("wellbeing.journal.prompts.deleted", null, locale));
        return "redirect:" + PROMPTS;
    }

    private String renderPrompts(CurrentUser user, Model model, String text, FormErrors errors) {
        if (!Journal.editsPrompts(user)) {
            throw Problems.forbidden();
        }
        model.addAttribute("own", journal.ownPrompts(user));
        model.addAttribute("builtIn", journal.promptsByTopic(user));
        model.addAttribute("text", text);
        model.addAttribute("errors", errors);
        return "wellbeing/journal/prompts";
    }

    private String renderNew(Model model, JournalForm form, @Nullable JournalPrompt prompt, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("prompt", prompt);
        model.addAttribute("errors", errors);
        return "wellbeing/journal/new";
    }

    private String renderEdit(Model model, JournalEntry entry, JournalForm form, FormErrors errors) {
        model.addAttribute("entry", entry);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "wellbeing/journal/edit";
    }
}
