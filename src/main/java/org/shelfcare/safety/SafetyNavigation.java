package org.shelfcare.safety;

import org.shelfcare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everyone signed in gets "Safety" (to report an incident), unless their library has switched the module off. */
@Configuration(proxyBeanMethods = false)
class SafetyNavigation {

    @Bean
    NavigationItem safety() {
        return new NavigationItem("safety", "safety.nav", "safety.navDescription", "/safety", null, 700);
    }
}
