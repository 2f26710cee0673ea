package org.shelfcare.wellbeing.web;

import static org.shelfcare.wellbeing.web.LeaderRoutes.LEADERS;

import java.util.Locale;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.LeaderPost;
import org.shelfcare.wellbeing.LeadersCorner;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The leaders' corner: every post the reader may see, and for supervisors, wellness leads and admins
 * a form to write their own. Only the author changes or deletes a post.
 */
@Controller
class LeadersController {

    private final LeadersCorner corner;
    private final MessageSource messages;

    LeadersController(LeadersCorner corner, MessageSource messages) {
        this.corner = corner;
        this.messages = messages;
    }

    @GetMapping(LEADERS)
    String list(CurrentUser user, Model model) {
        return renderList(user, model, LeaderPostForm.with(LeadersCorner.defaultAudience(user)), FormErrors.NONE);
    }

    @PostMapping(LEADERS)
    String write(CurrentUser user, @ModelAttribute("form") LeaderPostForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            corner.write(user, form.draft());
        } catch (InvalidInput invalid) {
            return renderList(user, model, form, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("wellbeing.leaders.saved", null, locale));
        return "redirect:" + LEADERS;
    }

    @GetMapping(LEADERS + "/{id}/edit")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        LeaderPost post = corner.ownPost(user, id);
        return renderEdit(model, post, LeaderPostForm.of(post), FormErrors.NONE);
    }

    @PostMapping(LEADERS + "/{id}")
    String change(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") LeaderPostForm form, Locale locale,
            Model model, RedirectAttributes redirect) {
        LeaderPost post = corner.ownPost(user, id);
        try {
            corner.change(user, id, form.draft());
        } catch (InvalidInput invalid) {
            return renderEdit(model, post, form, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("wellbeing.leaders.changed", null, locale));
        return "redirect:" + LEADERS;
    }

    @GetMapping(LEADERS + "/{id}/delete")
    String confirmDelete(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("post", corner.ownPost(user, id));
        return "wellbeing/leaders/delete";
    }

    @PostMapping(LEADERS + "/{id}/delete")
    String delete(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        corner.delete(user, id);
        Flash.notice(redirect, messages.getMessage("wellbeing.leaders.deleted", null, locale));
        return "redirect:" + LEADERS;
    }

    private String renderList(CurrentUser user, Model model, LeaderPostForm form, FormErrors errors) {
        model.addAttribute("posts", corner.visible(user));
        model.addAttribute("mayPost", LeadersCorner.mayPost(user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "wellbeing/leaders/list";
    }

    private String renderEdit(Model model, LeaderPost post, LeaderPostForm form, FormErrors errors) {
        model.addAttribute("post", post);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "wellbeing/leaders/edit";
    }
}
