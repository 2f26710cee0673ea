package org.shelfcare.directory;

import org.shelfcare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's links: colleagues for everyone, the team for supervisors, people for admins. */
@Configuration(proxyBeanMethods = false)
class PeopleNavigation {

    @Bean
    NavigationItem colleaguesNavigation() {
        return new NavigationItem(null, "people.nav.colleagues", "people.nav.colleaguesDescription", "/people", null, 80);
    }

    @Bean
    NavigationItem teamNavigation() {
        return new NavigationItem(null, "people.nav.team", "people.nav.teamDescription", "/team", "SUPERVISOR", 81);
    }

    @Bean
    NavigationItem managePeopleNavigation() {
        return new NavigationItem(null, "people.nav.manage", "people.nav.manageDescription", "/admin/people", "ADMIN", 900);
    }
}
