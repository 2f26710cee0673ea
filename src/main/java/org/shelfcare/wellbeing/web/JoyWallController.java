package org.shelfcare.wellbeing.web;

import static org.shelfcare.wellbeing.web.JoyWallRoutes.POST;
import static org.shelfcare.wellbeing.web.JoyWallRoutes.SHARE;
import static org.shelfcare.wellbeing.web.JoyWallRoutes.WALL;
import static org.shelfcare.wellbeing.web.JoyWallRoutes.WITHDRAW;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.wellbeing.JoyWall;
import org.shelfcare.wellbeing.Kudos;
import org.shelfcare.wellbeing.ReflectionKind;
import org.shelfcare.wellbeing.Reflections;
import org.shelfcare.wellbeing.WallAudience;
import org.shelfcare.wellbeing.WallPost;
import org.shelfcare.wellbeing.WallReaction;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.Htmx;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Joy Wall: the wall of the library, of the person's branches or of their department; sharing
 * one's own joy entry to it and withdrawing it; reactions (a form POST, swapped in place with htmx);
 * and hiding by wellness leads and admins.
 */
@Controller
class JoyWallController {

    private final JoyWall wall;
    private final Kudos kudos;
    private final Reflections reflections;
    private final DirectoryManagement directory;
    private final MessageSource messages;

    JoyWallController(JoyWall wall, Kudos kudos, Reflections reflections, DirectoryManagement directory,
            MessageSource messages) {
        this.wall = wall;
        this.kudos = kudos;
        this.reflections = reflections;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping(WALL)
    String wall(CurrentUser user, @RequestParam(defaultValue = "LIBRARY") String scope,
            @RequestParam(required = false) @Nullable UUID unit, Model model) {
        WallAudience audience = scope(scope);
        model.addAttribute("scope", audience);
        model.addAttribute("posts", wall.wall(user, audience, unit));
        model.addAttribute("kudos", audience == WallAudience.LIBRARY ? kudos.wall(user) : java.util.List.of());
        model.addAttribute("moderator", JoyWall.moderates(user));
        model.addAttribute("libraryName", directory.organization(user.organizationId()).name());
        return "wellbeing/wall/wall";
    }

    @PostMapping(POST + "/reactions/{kind}")
    String react(CurrentUser user, @PathVariable UUID postId, @PathVariable String kind, HttpServletRequest request,
            Model model) {
        WallPost post = wall.toggle(user, postId, WallReaction.of(kind).orElseThrow(Problems::notFound));
        if (Htmx.isHtmx(request)) {
            model.addAttribute("post", post);
            return "wellbeing/wall/_reactions";
        }
        return "redirect:" + JoyWallRoutes.wall(post.audience()) + "#post-" + postId;
    }

    @GetMapping(POST + "/hide")
    String confirmHide(CurrentUser user, @PathVariable UUID postId, Model model) {
        return renderHide(user, postId, "", FormErrors.NONE, model);
    }

    @PostMapping(POST + "/hide")
    String hide(CurrentUser user, @PathVariable UUID postId, @RequestParam(defaultValue = "") String reason,
            Locale locale, Model model, RedirectAttributes redirect) {
        try {
            wall.hide(user, postId, reason);
        } catch (InvalidInput invalid) {
            return renderHide(user, postId, reason, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage("wellbeing.wall.hidden", null, locale));
        return "redirect:" + JoyWallRoutes.wall(wall.post(user, postId).audience()) + "#post-" + postId;
    }

    @PostMapping(POST + "/unhide")
    String unhide(CurrentUser user, @PathVariable UUID postId, Locale locale, RedirectAttributes redirect) {
        wall.unhide(user, postId);
        Flash.notice(redirect, messages.getMessage("wellbeing.wall.unhidden", null, locale));
        return "redirect:" + JoyWallRoutes.wall(wall.post(user, postId).audience()) + "#post-" + postId;
    }

    // ---- sharing one's own joy entry ------------------------------------------------------------

    @GetMapping(SHARE)
    String shareForm(CurrentUser user, @PathVariable UUID id, Model model) {
        return renderShare(user, id, new ShareForm(), FormErrors.NONE, model);
    }

    @PostMapping(SHARE)
    String share(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") ShareForm form, Locale locale,
            Model model, RedirectAttributes redirect) {
        try {
            wall.share(user, id, form.request());
        } catch (InvalidInput invalid) {
            return renderShare(user, id, form, FormErrors.of(invalid, messages, locale), model);
        }
        Flash.notice(redirect, messages.getMessage(form.isAnonymous() ? "wellbeing.wall.sharedAnonymously"
                : "wellbeing.wall.shared", null, locale));
        return "redirect:" + ReflectionRoutes.list(ReflectionKind.JOY);
    }

    @GetMapping(WITHDRAW)
    String confirmWithdraw(CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("entry", reflections.reflection(user, ReflectionKind.JOY, id));
        model.addAttribute("share", wall.shareOf(user, id).orElseThrow(Problems::notFound));
        return "wellbeing/wall/withdraw";
    }

    @PostMapping(WITHDRAW)
    String withdraw(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        wall.withdraw(user, id);
        Flash.notice(redirect, messages.getMessage("wellbeing.wall.withdrawn", null, locale));
        return "redirect:" + ReflectionRoutes.list(ReflectionKind.JOY);
    }

    private String renderShare(CurrentUser user, UUID id, ShareForm form, FormErrors errors, Model model) {
        model.addAttribute("entry", reflections.reflection(user, ReflectionKind.JOY, id));
        model.addAttribute("share", wall.shareOf(user, id).orElse(null));
        model.addAttribute("choices", wall.choices(user));
        model.addAttribute("threshold", wall.threshold(user));
        model.addAttribute("libraryName", directory.organization(user.organizationId()).name());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "wellbeing/wall/share";
    }

    private String renderHide(CurrentUser user, UUID postId, String reason, FormErrors errors, Model model) {
        WallPost post = wall.post(user, postId);
        if (!JoyWall.moderates(user)) {
            throw Problems.forbidden();
        }
        model.addAttribute("post", post);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "wellbeing/wall/hide";
    }

    private static WallAudience scope(String scope) {
        try {
            return WallAudience.valueOf(scope.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Problems.notFound();
        }
    }
}
