package org.shelfcare.directory.web;

import java.util.Locale;

import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
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
 * Pages reached from a link: accepting an invitation, asking for a password reset, and choosing a
 * new password. A used or expired link answers 410 with a kind explanation.
 */
@Controller
class AccountLinksController {

    private final DirectoryManagement directory;
    private final MessageSource messages;

    AccountLinksController(DirectoryManagement directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/invitations/{token}")
    String invitation(@PathVariable String token, Model model) {
        return invitationPage(token, model, FormErrors.NONE);
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String password, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            directory.acceptInvitation(token, password);
        } catch (InvalidInput invalid) {
            return invitationPage(token, model, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("invitation.accepted", null, locale));
        return "redirect:/login";
    }

    private String invitationPage(String token, Model model, FormErrors errors) {
        DirectoryManagement.PendingInvitation pending = directory.pendingInvitation(token)
                .orElseThrow(() -> gone("invitation.gone"));
        model.addAttribute("token", token);
        model.addAttribute("invitation", pending);
        model.addAttribute("errors", errors);
        return "directory/invitation";
    }

    @GetMapping("/forgot-password")
    String forgot(Model model) {
        model.addAttribute("sent", false);
        model.addAttribute("login", "");
        return "directory/forgot-password";
    }

    @PostMapping("/forgot-password")
    String requestReset(@RequestParam(defaultValue = "") String login, Model model) {
        if (!login.isBlank() && login.length() <= 254) {
            directory.requestPasswordReset(login);
        }
        model.addAttribute("sent", true);
        model.addAttribute("login", login);
        return "directory/forgot-password";
    }

    @GetMapping("/reset-password/{token}")
    String resetForm(@PathVariable String token, Model model) {
        if (!directory.resetLinkWorks(token)) {
            throw gone("reset.gone");
        }
        model.addAttribute("token", token);
        model.addAttribute("errors", FormErrors.NONE);
        return "directory/reset-password";
    }

    @PostMapping("/reset-password/{token}")
    String reset(@PathVariable String token, @RequestParam(defaultValue = "") String password, Model model,
            Locale locale, RedirectAttributes redirect) {
        try {
            directory.resetPassword(token, password);
        } catch (InvalidInput invalid) {
            model.addAttribute("token", token);
            model.addAttribute("errors", FormErrors.of(invalid, messages, locale));
            return "directory/reset-password";
        }
        Flash.notice(redirect, messages.getMessage("reset.done", null, locale));
        return "redirect:/login";
    }

    private static ErrorResponseException gone(String code) {
        return org.shelfcare.web.Problems.of(HttpStatus.GONE, code);
    }

}
