package org.shelfcare.security;

import java.util.Locale;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The profile's personal access tokens: list, create (the secret is shown once) and revoke. */
@Controller
class TokensController {

    static final String TOKENS = "/profile/tokens";
    static final String NEW_TOKEN = "newToken";

    private final PersonalAccessTokens tokens;
    private final MessageSource messages;

    TokensController(PersonalAccessTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping(TOKENS)
    String list(CurrentUser me, Model model) {
        Object created = model.getAttribute(NEW_TOKEN);
        return render(me, model, "", created == null ? "" : created.toString(), FormErrors.NONE);
    }

    @PostMapping(TOKENS)
    String create(CurrentUser me, @RequestParam(defaultValue = "") String name, Model model, Locale locale,
            RedirectAttributes redirect) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            String message = clean.isEmpty() ? messages.getMessage("validation.required", null, locale)
                    : messages.getMessage("validation.tooLong", new Object[] {100}, locale);
            return render(me, model, name, "", FormErrors.form("name", message));
        }
        PersonalAccessTokens.Issued issued = tokens.issue(me.organizationId(), me.personId(), clean);
        redirect.addFlashAttribute(NEW_TOKEN, issued.token());
        return "redirect:" + TOKENS;
    }

    @GetMapping(TOKENS + "/{id}/revoke")
    String confirmRevoke(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("token", AccessTokenView.of(mine(me, id)));
        return "security/token-revoke";
    }

    @PostMapping(TOKENS + "/{id}/revoke")
    String revoke(CurrentUser me, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        PersonalAccessTokens.TokenRow token = mine(me, id);
        tokens.revoke(me.personId(), id);
        Flash.notice(redirect, messages.getMessage("tokens.revoked", new Object[] {token.name()}, locale));
        return "redirect:" + TOKENS;
    }

    /** One of the person's own live tokens; anyone else's answers 404. */
    private PersonalAccessTokens.TokenRow mine(CurrentUser me, UUID id) {
        return tokens.of(me.personId()).stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(Problems::notFound);
    }

    private String render(CurrentUser me, Model model, String name, String created, FormErrors errors) {
        model.addAttribute("tokens", tokens.of(me.personId()).stream().map(AccessTokenView::of).toList());
        model.addAttribute("name", name);
        model.addAttribute("created", created);
        model.addAttribute("errors", errors);
        model.addAttribute("zone", me.zone());
        return "security/tokens";
    }
}
