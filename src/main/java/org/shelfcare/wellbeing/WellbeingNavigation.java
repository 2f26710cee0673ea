package org.shelfcare.wellbeing;

import org.shelfcare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everyone signed in gets "Wellbeing", unless their library has switched the module off. */
@Configuration(proxyBeanMethods = false)
class WellbeingNavigation {

    @Bean
    NavigationItem wellbeing() {
        return new NavigationItem("wellbeing", "wellbeing.nav", "wellbeing.navDescription", "/wellbeing", null, 200);
    }
}
