package org.shelfcare.directory;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.shelfcare.web.NavigationItem;
import org.springframework.stereotype.Component;

/**
 * The modules a library may switch off, limited to those that exist in this build: a module
 * exists once it contributes a {@link NavigationItem} with its code. "Get help now" and the
 * platform modules are never switchable.
 */
@Component
class SwitchableModules {

    /** Every module a library may switch off, in the order the settings page lists them. */
    static final List<String> CATALOG = List.of("wellbeing", "timeoff", "listening", "peers", "programs", "training",
            "safety", "pulse", "advocacy", "exchange");

    private final List<String> present;

    SwitchableModules(List<NavigationItem> navigation) {
        Set<String> codes = navigation.stream().map(NavigationItem::module).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        this.present = CATALOG.stream().filter(codes::contains).toList();
    }

    /** The switchable modules that exist, in catalog order. */
    List<String> present() {
        return present;
    }

    boolean exists(String code) {
        return present.contains(code);
    }
}
