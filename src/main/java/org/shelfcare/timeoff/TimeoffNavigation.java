package org.shelfcare.timeoff;

import org.shelfcare.notifications.NotificationType;
import org.shelfcare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Everyone signed in gets "Time off", unless their library has switched the module off; and the
 * two kinds of time-off notification people can choose about.
 */
@Configuration(proxyBeanMethods = false)
class TimeoffNavigation {

    @Bean
    NavigationItem timeoff() {
        return new NavigationItem("timeoff", "timeoff.nav", "timeoff.navDescription", "/timeoff", null, 250);
    }

    /** The team calendar: who is out, never why. */
    @Bean
    NavigationItem teamCalendar() {
        return new NavigationItem("timeoff", "timeoff.calendar.nav", "timeoff.calendar.navDescription", "/timeoff/calendar",
                null, 251);
    }

    @Bean
    NotificationType timeoffRequests() {
        return new NotificationType(TimeoffManagement.REQUEST_NOTICE, "timeoff.notification.requests", 40);
    }

    @Bean
    NotificationType timeoffDecisions() {
        return new NotificationType(TimeoffManagement.DECISION_NOTICE, "timeoff.notification.decisions", 41);
    }
}
