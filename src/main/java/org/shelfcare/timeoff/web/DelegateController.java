package org.shelfcare.timeoff.web;

import static org.shelfcare.timeoff.web.FeedRoutes.DELEGATE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonStatus;
import org.shelfcare.directory.PersonView;
import org.shelfcare.timeoff.Delegations;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A supervisor names a delegate to decide for them while they are out; everyone sees whom they
 * stand in for.
 */
@Controller
class DelegateController {

    private final Delegations delegations;
    private final DirectoryManagement directory;
    private final MessageSource messages;

    DelegateController(Delegations delegations, DirectoryManagement directory, MessageSource messages) {
        this.delegations = delegations;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping(DELEGATE)
    String page(CurrentUser user, Model model) {
        LocalDate today = LocalDate.now(user.zone());
        return render(user, model, FormErrors.NONE, "", today.toString(), today.plusDays(6).toString());
    }

    @PostMapping(DELEGATE)
    String delegate(CurrentUser user, @RequestParam(required = false) @Nullable String delegateId,
            @RequestParam(required = false) @Nullable String startDate,
            @RequestParam(required = false) @Nullable String endDate, Locale locale, Model model,
            RedirectAttributes redirect) {
        UUID delegate = null;
        try {
            delegate = delegateId == null || delegateId.isBlank() ? null : UUID.fromString(delegateId.strip());
        } catch (IllegalArgumentException notAnId) {
            // treated like no choice
        }
        try {
            delegations.delegate(user, delegate, startDate, endDate);
        } catch (InvalidInput invalid) {
            return render(user, model, FormErrors.of(invalid, messages, locale), delegateId == null ? "" : delegateId,
                    startDate == null ? "" : startDate, endDate == null ? "" : endDate);
        }
        Flash.notice(redirect, messages.getMessage("timeoff.delegate.saved", null, locale));
        return "redirect:" + DELEGATE;
    }

    @PostMapping(DELEGATE + "/{id}/end")
    String end(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        delegations.end(user, id);
        Flash.notice(redirect, messages.getMessage("timeoff.delegate.ended", null, locale));
        return "redirect:" + DELEGATE;
    }

    private String render(CurrentUser user, Model model, FormErrors errors, String delegateId, String startDate,
            String endDate) {
        boolean may = delegations.mayDelegate(user);
        List<PersonView> colleagues = may ? directory.people(user).stream()
                .filter(p -> !p.id().equals(user.personId()))
                .filter(p -> p.status() == null || p.status() == PersonStatus.ACTIVE)
                .sorted(java.util.Comparator.comparing(PersonView::name, String.CASE_INSENSITIVE_ORDER)).toList()
                : List.of();
        model.addAttribute("mayDelegate", may);
        model.addAttribute("colleagues", colleagues);
        model.addAttribute("delegations", delegations.delegations(user));
        model.addAttribute("errors", errors);
        model.addAttribute("delegateId", delegateId);
        model.addAttribute("startDate", startDate);
        model.addAttribute("endDate", endDate);
        return "timeoff/delegate";
    }
}
