package org.shelfcare.directory.web;

import org.shelfcare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Links to the library settings (admins) and to the operator's list of libraries. */
@Configuration(proxyBeanMethods = false)
class LibraryNavigation {

    @Bean
    NavigationItem librarySettingsLink() {
        return new NavigationItem(null, "settings.nav", "settings.navDescription", SettingsController.SETTINGS, "ADMIN", 900);
    }

    @Bean
    NavigationItem librariesLink() {
        return new NavigationItem(null, "operator.nav", "operator.navDescription", OperatorController.LIBRARIES, "OPERATOR", 910);
    }
}
