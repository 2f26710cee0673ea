package org.shelfcare.timeoff.web;

import static org.shelfcare.timeoff.web.FeedRoutes.FEEDS;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.timeoff.FeedScope;
import org.shelfcare.timeoff.LeaveFeeds;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's calendar feeds: make one (their own time off, their team, their branch or
 * department), copy its secret address (shown once, right after it was made), revoke it or get a
 * new address for it.
 */
@Controller
class FeedsController {

    private final LeaveFeeds feeds;
    private final PublicLinks links;
    private final MessageSource messages;

    FeedsController(LeaveFeeds feeds, PublicLinks links, MessageSource messages) {
        this.feeds = feeds;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping(FEEDS)
    String page(CurrentUser user, Model model) {
        return render(user, model, null, FormErrors.NONE, "MINE");
    }

    /** {@code scope} is MINE, TEAM, or BRANCH or DEPARTMENT followed by ":" and the unit's id. */
    @PostMapping(FEEDS)
    String create(CurrentUser user, @RequestParam(required = false) @Nullable String scope, Locale locale, Model model,
            HttpServletResponse response) {
        String chosen = scope == null ? "" : scope.strip();
        String[] parts = chosen.split(":", 2);
        UUID unitId = parts.length == 2 ? uuid(parts[1]) : null;
        try {
            LeaveFeeds.Created created = feeds.create(user, parts[0], unitId);
            response.setHeader("Cache-Control", "no-store");
            return render(user, model, links.absolute(created.path()), FormErrors.NONE, chosen);
        } catch (InvalidInput invalid) {
            return render(user, model, null, FormErrors.of(invalid, messages, locale), chosen);
        }
    }

    @PostMapping(FEEDS + "/{id}/renew")
    String renew(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
        LeaveFeeds.Created created = feeds.renew(user, id);
        response.setHeader("Cache-Control", "no-store");
        return render(user, model, links.absolute(created.path()), FormErrors.NONE, created.feed().scope().name());
    }

    @PostMapping(FEEDS + "/{id}/revoke")
    String revoke(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        feeds.revoke(user, id);
        Flash.notice(redirect, messages.getMessage("timeoff.feeds.revoked", null, locale));
        return "redirect:" + FEEDS;
    }

    private String render(CurrentUser user, Model model, @Nullable String createdUrl, FormErrors errors,
            String scope) {
        var units = feeds.units(user);
        model.addAttribute("feeds", feeds.feeds(user));
        model.addAttribute("branches", units.get(FeedScope.BRANCH));
        model.addAttribute("departments", units.get(FeedScope.DEPARTMENT));
        model.addAttribute("createdUrl", createdUrl);
        model.addAttribute("errors", errors);
        model.addAttribute("scope", scope);
        model.addAttribute("zone", user.zone());
        return "timeoff/feeds";
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
