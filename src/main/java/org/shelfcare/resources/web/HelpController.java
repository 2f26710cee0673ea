package org.shelfcare.resources.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.resources.ResourcesManagement;
import org.shelfcare.resources.SupportResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Get help now", one click from every page, the sign-in page included. Visitors see the
 * instance-wide lines; signed-in people see their library's list too. Opening it is recorded
 * nowhere: this handler writes nothing, logs nothing and publishes nothing.
 */
@Controller
class HelpController {

    private final ResourcesManagement resources;

    HelpController(ResourcesManagement resources) {
        this.resources = resources;
    }

    @GetMapping(ResourceRoutes.HELP)
    String help(Optional<CurrentUser> user, Locale locale, Model model) {
        List<SupportResource> list = user.map(u -> resources.forOrganization(u.organizationId(), locale))
                .orElseGet(() -> resources.instanceDefaults(locale));
        model.addAttribute("help", HelpView.of(list, user.isPresent(), user.map(resources::canManage).orElse(false)));
        return "resources/help";
    }
}
