package org.shelfcare.programs;

import org.shelfcare.notifications.NotificationType;
import org.shelfcare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Everyone signed in gets "Programs" (unless their library has switched the module off), and a
 * kind of notification for a seat that opened up from the waitlist.
 */
@Configuration(proxyBeanMethods = false)
class ProgramsNavigation {

    @Bean
    NavigationItem programsNavigationItem() {
        return new NavigationItem("programs", "programs.nav", "programs.navDescription", "/programs", null, 450);
    }

    @Bean
    NotificationType programsPromoted() {
        return new NotificationType(Registrations.PROMOTED_NOTICE, "programs.notification.promoted", 45);
    }
}
