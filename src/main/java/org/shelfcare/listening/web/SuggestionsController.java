package org.shelfcare.listening.web;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.listening.OwnSuggestion;
import org.shelfcare.listening.Suggestion;
import org.shelfcare.listening.SuggestionBox;
import org.shelfcare.listening.SuggestionHideReason;
import org.shelfcare.listening.SuggestionPosted;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The suggestion box pages: the box with its form, votes and hidden counts; the page that shows an
 * anonymous author their edit secret once; editing and withdrawing one's own suggestion; hiding
 * and themes for wellness leads and admins.
 */
@Controller
class SuggestionsController {

    static final String BOX = ListeningRoutes.SUGGESTIONS;

    private final SuggestionBox box;
    private final MessageSource messages;

    SuggestionsController(SuggestionBox box, MessageSource messages) {
        this.box = box;
        this.messages = messages;
    }

    @GetMapping(BOX)
    String box(CurrentUser user, Model model) {
        return render(user, "", true, FormErrors.NONE, model);
    }

    @PostMapping(BOX)
    String post(CurrentUser user, @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean anonymous, Locale locale, Model model,
            RedirectAttributes redirect) {
        SuggestionPosted posted;
        try {
            posted = box.post(user, text, anonymous);
        } catch (InvalidInput invalid) {
            return render(user, text, anonymous, FormErrors.of(invalid, messages, locale), model);
        } catch (ErrorResponseException problem) {
            if (problem.getStatusCode().value() != HttpStatus.TOO_MANY_REQUESTS.value()) {
                throw problem;
            }
            return render(user, text, anonymous, FormErrors.form("text", messages.getMessage(
                    "listening.suggestion.rateLimited", new Object[] {SuggestionBox.RATE_LIMIT,
                            SuggestionBox.RATE_WINDOW.toMinutes()}, locale)), model);
        }
        if (posted.editToken() == null) {
            Flash.notice(redirect, messages.getMessage("listening.suggestion.posted", null, locale));
            return "redirect:" + BOX + "#suggestion-" + posted.id();
        }
        model.addAttribute("posted", posted);
        return "listening/suggestion-posted";
    }

    @PostMapping(BOX + "/{id}/vote")
    String vote(CurrentUser user, @PathVariable UUID id) {
        Suggestion suggestion = box.suggestion(user, id, null);
        if (suggestion.voted()) {
            box.unvote(user, id);
        } else {
            box.vote(user, id);
        }
        return "redirect:" + BOX + "#suggestion-" + id;
    }

    // ---- one's own suggestion ---------------------------------------------------------------------

    @GetMapping(BOX + "/{id}/own")
    String own(CurrentUser user, @PathVariable UUID id, Model model) {
        boolean named = box.authored(user, id);
        return renderOwn(user, id, named ? box.own(user, id, null, true) : null, named, null, "", FormErrors.NONE,
                model);
    }

    /** Without {@code text}: opens the suggestion with the secret; with it: saves the new text. */
    @PostMapping(BOX + "/{id}/own")
    String edit(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
            @RequestParam(defaultValue = "") String editToken, Locale locale, Model model, RedirectAttributes redirect) {
        boolean named = box.authored(user, id);
        if (text == null) {
            try {
                return renderOwn(user, id, box.own(user, id, editToken, true), named, null, editToken, FormErrors.NONE,
                        model);
            } catch (ErrorResponseException problem) {
                return renderOwn(user, id, null, named, null, editToken, secretProblem(problem, locale), model);
            }
        }
        try {
            box.edit(user, id, text, editToken);
        } catch (InvalidInput invalid) {
            return renderOwn(user, id, box.own(user, id, editToken, false), named, text, editToken,
                    FormErrors.of(invalid, messages, locale), model);
        } catch (ErrorResponseException problem) {
            return renderOwn(user, id, null, named, null, editToken, secretProblem(problem, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.suggestion.edited", null, locale));
        return "redirect:" + BOX + "#suggestion-" + id;
    }

    @PostMapping(BOX + "/{id}/withdraw")
    String withdraw(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String editToken,
            Locale locale, Model model, RedirectAttributes redirect) {
        boolean named = box.authored(user, id);
        try {
            box.withdraw(user, id, editToken);
        } catch (ErrorResponseException problem) {
            return renderOwn(user, id, null, named, null, editToken, secretProblem(problem, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.suggestion.withdrawn", null, locale));
        return "redirect:" + BOX;
    }

    // ---- moderation and themes ----------------------------------------------------------------------

    @GetMapping(BOX + "/{id}/hide")
    String confirmHide(CurrentUser user, @PathVariable UUID id, Model model) {
        return renderHide(user, id, FormErrors.NONE, model);
    }

    @PostMapping(BOX + "/{id}/hide")
    String hide(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
            Locale locale, Model model, RedirectAttributes redirect) {
        try {
            box.hide(user, id, reason);
        } catch (InvalidInput invalid) {
            return renderHide(user, id, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.suggestion.hidden", null, locale));
        return "redirect:" + BOX + "#suggestion-" + id;
    }

    @PostMapping(BOX + "/{id}/unhide")
    String unhide(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        box.unhide(user, id);
        Flash.notice(redirect, messages.getMessage("listening.suggestion.unhidden", null, locale));
        return "redirect:" + BOX + "#suggestion-" + id;
    }

    @PostMapping(BOX + "/{id}/theme")
    String group(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String themeId,
            Locale locale, RedirectAttributes redirect) {
        UUID theme = null;
        if (!themeId.isBlank()) {
            try {
                theme = UUID.fromString(themeId);
            } catch (IllegalArgumentException notAnId) {
                throw Problems.notFound();
            }
        }
        box.group(user, id, theme);
        Flash.notice(redirect, messages.getMessage("listening.theme.grouped", null, locale));
        return "redirect:" + BOX + "#suggestion-" + id;
    }

    @PostMapping("/listening/themes")
    String createTheme(CurrentUser user, @RequestParam(defaultValue = "") String name, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            box.createTheme(user, name);
        } catch (InvalidInput invalid) {
            model.addAttribute("themeName", name);
            return render(user, "", true, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("listening.theme.created", null, locale));
        return "redirect:" + BOX + "#themes";
    }

    // ---- rendering --------------------------------------------------------------------------------

    private String render(CurrentUser user, String text, boolean anonymous, FormErrors errors, Model model) {
        boolean allowed = box.anonymousAllowed(user);
        model.addAttribute("suggestions", box.list(user));
        model.addAttribute("hiddenCounts", box.hiddenCounts(user));
        model.addAttribute("themes", box.themes(user));
        model.addAttribute("threshold", box.threshold(user));
        model.addAttribute("anonymousAllowed", allowed);
        model.addAttribute("moderator", SuggestionBox.moderates(user));
        model.addAttribute("text", text);
        model.addAttribute("anonymous", anonymous && allowed);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("themeName")) {
            model.addAttribute("themeName", "");
        }
        return "listening/suggestions";
    }

    /** One's own suggestion, opened ({@code own}) or waiting for its secret ({@code own} null). */
    private String renderOwn(CurrentUser user, UUID id, @Nullable OwnSuggestion own, boolean named,
            @Nullable String text, String editToken, FormErrors errors, Model model) {
        model.addAttribute("suggestionId", id);
        model.addAttribute("own", own);
        model.addAttribute("named", named);
        model.addAttribute("text", text != null ? text : own == null ? "" : own.suggestion().text());
        model.addAttribute("editToken", editToken);
        model.addAttribute("errors", errors);
        model.addAttribute("zone", user.zone());
        return "listening/suggestion-own";
    }

    private String renderHide(CurrentUser user, UUID id, FormErrors errors, Model model) {
        Suggestion suggestion = box.suggestion(user, id, null);
        if (!SuggestionBox.moderates(user)) {
            throw Problems.forbidden();
        }
        model.addAttribute("suggestion", suggestion);
        model.addAttribute("reasons", SuggestionHideReason.values());
        model.addAttribute("errors", errors);
        return "listening/suggestion-hide";
    }

    /** A wrong secret (403) is a form error on the page; a suggestion one may not see stays 404. */
    private FormErrors secretProblem(ErrorResponseException problem, Locale locale) {
        int status = problem.getStatusCode().value();
        if (status != HttpStatus.FORBIDDEN.value() && status != HttpStatus.NOT_FOUND.value()) {
            throw problem;
        }
        return FormErrors.form("editToken", messages.getMessage("listening.suggestion.wrongSecret", null, locale));
    }
}
