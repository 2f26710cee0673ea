package org.shelfcare.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.web.Chrome;
import org.shelfcare.web.ChromeProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.shelfcare.web.LanguageChosen;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The layout's view of the signed-in person and their library, and their language choice. */
@Component
class SecurityChrome implements ChromeProvider {

    private static final String ATTRIBUTE = SecurityChrome.class.getName();

    private final CurrentUsers currentUsers;
    private final DirectoryManagement directory;

    SecurityChrome(CurrentUsers currentUsers, DirectoryManagement directory) {
        this.currentUsers = currentUsers;
        this.directory = directory;
    }

    @Override
    public Chrome chrome(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Chrome cached) {
            return cached;
        }
        Chrome chrome = currentUsers.of(request).map(this::chromeOf).orElse(Chrome.ANONYMOUS);
        request.setAttribute(ATTRIBUTE, chrome);
        return chrome;
    }

    private Chrome chromeOf(CurrentUser user) {
        OrganizationView org = directory.organization(user.organizationId());
        Locale chosen = directory.chosenLocale(user.personId());
        Set<String> roles = user.roles().stream().map(Enum::name).collect(Collectors.toSet());
        return new Chrome(user.name(), org.name(), org.sample(), directory.termsByLanguage(org.id()),
                directory.disabledModules(org.id()), roles, chosen);
    }

    @EventListener
    void on(LanguageChosen event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            currentUsers.of(attributes.getRequest()).ifPresent(user -> directory.setLocale(user.personId(), event.locale()));
            attributes.getRequest().removeAttribute(ATTRIBUTE);
        }
    }
}
