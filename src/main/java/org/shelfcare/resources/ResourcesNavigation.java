package org.shelfcare.resources;

import org.shelfcare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admins' link to the library's list of support resources. Wellness leads reach it from the
 * help page, which shows the link to everyone who may keep the list (one link per person, even
 * for an admin who is also a wellness lead).
 */
@Configuration(proxyBeanMethods = false)
class ResourcesNavigation {

    @Bean
    NavigationItem manageSupportResources() {
        return new NavigationItem(null, "resources.nav.manage", "resources.nav.manageDescription", "/help/manage",
                "ADMIN", 900);
    }
}
