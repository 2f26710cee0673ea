package org.shelfcare.programs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.programs.PatronFeedback;
import org.shelfcare.programs.PublicPrograms;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public page a patron's feedback link opens, without an account: a rating and an optional
 * comment, once. A used, expired or another library's link shows a page saying so; a link that
 * was never made answers 404. No cookie, no script.
 */
@Controller
class PatronFeedbackController {

    static final String PATH = "/p/{slug}" + PatronFeedback.PATH + "{token}";

    private final PublicPrograms programs;
    private final PatronFeedback feedback;
    private final MessageSource messages;

    PatronFeedbackController(PublicPrograms programs, PatronFeedback feedback, MessageSource messages) {
        this.programs = programs;
        this.feedback = feedback;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(@PathVariable String slug, @PathVariable String token, Model model, HttpServletResponse response) {
        OrganizationView library = programs.library(slug);
        return page(library, token, feedback.link(library, token), null, "", FormErrors.NONE, false, model, response);
    }

    @PostMapping(PATH)
    String give(@PathVariable String slug, @PathVariable String token,
            @RequestParam(required = false) @Nullable String rating, @RequestParam(defaultValue = "") String comment,
            Locale locale, Model model, HttpServletResponse response) {
        OrganizationView library = programs.library(slug);
        PatronFeedback.Link link = feedback.link(library, token);
        if (link.state() != PatronFeedback.LinkState.OPEN) {
            // the page says why (used, expired or another library's link)
            return page(library, token, link, null, "", FormErrors.NONE, false, model, response);
        }
        Integer value = null;
        try {
            value = rating == null || rating.isBlank() ? null : Integer.valueOf(rating.strip());
        } catch (NumberFormatException notANumber) {
            // answered below as a missing rating
        }
        try {
            feedback.give(library, token, value, comment);
        } catch (InvalidInput invalid) {
            return page(library, token, link, value, comment, FormErrors.of(invalid, messages, locale), false, model,
                    response);
        } catch (ErrorResponseException usedMeanwhile) {
            return page(library, token, feedback.link(library, token), null, "", FormErrors.NONE, false, model, response);
        }
        return page(library, token, link, null, "", FormErrors.NONE, true, model, response);
    }

    private String page(OrganizationView library, String token, PatronFeedback.Link link, @Nullable Integer rating,
            String comment, FormErrors errors, boolean thanks, Model model, HttpServletResponse response) {
        // a personal link: not kept by the browser or passed on to other sites
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("library", library);
        model.addAttribute("token", token);
        model.addAttribute("link", link);
        model.addAttribute("rating", rating);
        model.addAttribute("comment", comment);
        model.addAttribute("errors", errors);
        model.addAttribute("thanks", thanks);
        return "programs/patrons/feedback";
    }
}
