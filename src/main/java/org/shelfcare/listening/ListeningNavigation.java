package org.shelfcare.listening;

import org.shelfcare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everyone signed in gets "Listening", unless their library has switched the module off. */
@Configuration(proxyBeanMethods = false)
class ListeningNavigation {

    @Bean
    NavigationItem listening() {
        return new NavigationItem("listening", "listening.nav", "listening.navDescription", "/listening", null, 300);
    }
}
