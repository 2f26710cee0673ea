package org.shelfcare.listening.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.listening.Action;
import org.shelfcare.listening.ActionDraft;
import org.shelfcare.listening.ActionStatus;
import org.shelfcare.listening.QuestionTrails;
import org.shelfcare.listening.SuggestionBox;
import org.shelfcare.listening.YouSaidWeDid;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "You said, we did" board, grouped by status, for everyone of the library; wellness leads and
 * admins create actions there, add progress updates and delete actions (after a confirmation).
 */
@Controller
class ActionsController {

    private final YouSaidWeDid actions;
    private final SuggestionBox box;
    private final DirectoryManagement directory;
    private final MessageSource messages;
    private final QuestionTrails trails;

    ActionsController(YouSaidWeDid actions, SuggestionBox box, DirectoryManagement directory, MessageSource messages,
            QuestionTrails trails) {
        this.actions = actions;
        this.box = box;
        this.directory = directory;
        this.messages = messages;
        this.trails = trails;
    }

    @GetMapping(YouSaidWeDid.BOARD)
    String board(CurrentUser user, Model model) {
        String view = render(user, ActionForm.EMPTY, FormErrors.NONE, null, FormErrors.NONE, model);
        actions.seen(user);
        return view;
    }

    @PostMapping(YouSaidWeDid.BOARD)
    String create(CurrentUser user, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String ownerId,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String wontDoReason,
            @RequestParam(required = false) @Nullable List<String> suggestionIds,
            @RequestParam(required = false) @Nullable List<String> questionIds, Locale locale, Model model,
            RedirectAttributes redirect) {
        ActionForm form = new ActionForm(title, description, ownerId, status, wontDoReason,
                suggestionIds == null ? List.of() : suggestionIds, questionIds == null ? List.of() : questionIds);
        UUID id;
        try {
            id = actions.create(user, draft(form));
        } catch (InvalidInput invalid) {
            return render(user, form, FormErrors.of(invalid, messages, locale), null, FormErrors.NONE, model);
        }
        Flash.notice(redirect, messages.getMessage("listening.action.created", null, locale));
        return "redirect:" + YouSaidWeDid.BOARD + "#action-" + id;
    }

    @PostMapping(YouSaidWeDid.BOARD + "/{id}/updates")
    String addUpdate(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String wontDoReason,
            Locale locale, Model model, RedirectAttributes redirect) {
        try {
            actions.addUpdate(user, id, text, status, wontDoReason);
        } catch (InvalidInput invalid) {
            return render(user, ActionForm.EMPTY, FormErrors.NONE, id, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.action.updated", null, locale));
        return "redirect:" + YouSaidWeDid.BOARD + "#action-" + id;
    }

    @GetMapping(YouSaidWeDid.BOARD + "/{id}/edit")
    String editForm(CurrentUser user, @PathVariable UUID id, Model model) {
        Action action = actions.action(user, id);
        if (!YouSaidWeDid.manages(user)) {
            throw Problems.forbidden();
        }
        return renderEdit(user, action, ActionForm.of(action), FormErrors.NONE, model);
    }

    @PostMapping(YouSaidWeDid.BOARD + "/{id}/edit")
    String edit(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String ownerId,
            @RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String wontDoReason,
            @RequestParam(required = false) @Nullable List<String> suggestionIds,
            @RequestParam(required = false) @Nullable List<String> questionIds, Locale locale, Model model,
            RedirectAttributes redirect) {
        Action action = actions.action(user, id);
        if (!YouSaidWeDid.manages(user)) {
            throw Problems.forbidden();
        }
        ActionForm form = new ActionForm(title, description, ownerId, status, wontDoReason,
                suggestionIds == null ? List.of() : suggestionIds, questionIds == null ? List.of() : questionIds);
        try {
            actions.update(user, id, draft(form));
        } catch (InvalidInput invalid) {
            return renderEdit(user, action, form, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.action.edited", null, locale));
        return "redirect:" + YouSaidWeDid.BOARD + "#action-" + id;
    }

    @GetMapping(YouSaidWeDid.BOARD + "/{id}/delete")
    String confirmDelete(CurrentUser user, @PathVariable UUID id, Model model) {
        Action action = actions.action(user, id);
        if (!YouSaidWeDid.manages(user)) {
            throw Problems.forbidden();
        }
        model.addAttribute("action", action);
        return "listening/action-delete";
    }

    @PostMapping(YouSaidWeDid.BOARD + "/{id}/delete")
    String delete(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        actions.delete(user, id);
        Flash.notice(redirect, messages.getMessage("listening.action.deleted", null, locale));
        return "redirect:" + YouSaidWeDid.BOARD;
    }

    private String render(CurrentUser user, ActionForm form, FormErrors errors, @Nullable UUID updateFor,
            FormErrors updateErrors, Model model) {
        Map<ActionStatus, List<Action>> byStatus = new LinkedHashMap<>();
        for (ActionStatus status : ActionStatus.values()) {
            byStatus.put(status, new ArrayList<>());
        }
        List<Action> all = actions.board(user);
        all.forEach(action -> byStatus.get(action.status()).add(action));
        boolean manager = YouSaidWeDid.manages(user);
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("empty", all.isEmpty());
        model.addAttribute("news", all.stream().filter(Action::news).count());
        model.addAttribute("manager", manager);
        model.addAttribute("people", manager ? directory.people(user) : List.of());
        model.addAttribute("suggestions", manager ? box.list(user) : List.of());
        model.addAttribute("questions", trails.linkable(user));
        model.addAttribute("newAnswers", trails.newAnswers(user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("updateFor", updateFor);
        model.addAttribute("updateErrors", updateErrors);
        model.addAttribute("zone", user.zone());
        return "listening/actions";
    }

    private String renderEdit(CurrentUser user, Action action, ActionForm form, FormErrors errors, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("people", directory.people(user));
        model.addAttribute("suggestions", box.list(user).stream().filter(s -> !s.hidden()).toList());
        model.addAttribute("questions", trails.linkable(user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "listening/action-edit";
    }

    /** The draft from the form; an id that is not one is the field's error, with what was typed kept. */
    private static ActionDraft draft(ActionForm form) {
        return new ActionDraft(form.title(), form.description(), uuid(form.ownerId()), form.status(),
                form.wontDoReason(), ids(form.suggestionIds(), "suggestionIds", "listening.action.suggestionUnknown"),
                ids(form.questionIds(), "questionIds", "listening.action.questionUnknown"));
    }

    private static List<UUID> ids(List<String> values, String field, String messageCode) {
        List<UUID> ids = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                ids.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException notAnId) {
                throw Problems.invalid(field, messageCode);
            }
        }
        return ids;
    }

    private static @Nullable UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            throw Problems.invalid("ownerId", "listening.action.ownerUnknown");
        }
    }
}
