package org.shelfcare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** What the layout shows: links of switched-off modules disappear, and renamed terms appear in the page's language. */
class NavigationAndTermsTests {

    private static final NavigationItem WELLBEING = new NavigationItem("wellbeing", "nav.wellbeing", "nav.wellbeing.about",
            "/wellbeing", null, 10);
    private static final NavigationItem SETTINGS = new NavigationItem(null, "nav.settings", "nav.settings.about",
            "/admin/settings", "ADMIN", 900);

    private static Chrome chrome(Set<String> disabled, Set<String> roles, Map<String, Map<String, String>> terms) {
        return new Chrome("Ada", "Maple Library", false, terms, disabled, roles, null);
    }

    @Test
    void aModuleSwitchedOffLeavesTheNavigationAndTheHomePage() {
        Chrome on = chrome(Set.of(), Set.of("STAFF"), Map.of());
        Chrome off = chrome(Set.of("wellbeing"), Set.of("STAFF"), Map.of());

        assertThat(WELLBEING.visibleTo(on)).isTrue();
        assertThat(WELLBEING.visibleTo(off)).isFalse();
        assertThat(WELLBEING.visibleTo(Chrome.ANONYMOUS)).isFalse();
    }

    @Test
    void linksThatNoModuleOwnsStayAndFollowRoles() {
        Chrome staffWithEverythingOff = chrome(Set.of("wellbeing", "timeoff"), Set.of("STAFF"), Map.of());
        Chrome admin = chrome(Set.of("wellbeing"), Set.of("STAFF", "ADMIN"), Map.of());

        assertThat(SETTINGS.visibleTo(staffWithEverythingOff)).isFalse();
        assertThat(SETTINGS.visibleTo(admin)).isTrue();
        assertThat(List.of(WELLBEING, SETTINGS).stream().filter(item -> item.visibleTo(admin)).toList())
                .containsExactly(SETTINGS);
    }

    @Test
    void aRenamedTermAppearsInThePagesLanguageAndOtherLanguagesKeepTheirDefault() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("term.wellnessCommittee", Locale.ENGLISH, "Wellness Committee");
        messages.addMessage("term.wellnessCommittee", Locale.forLanguageTag("es"), "Comité de Bienestar");
        messages.addMessage("about", Locale.ENGLISH, "Ask the {{wellnessCommittee}}.");
        messages.addMessage("about", Locale.forLanguageTag("es"), "Pregunte al {{wellnessCommittee}}.");
        Chrome renamedInEnglish = chrome(Set.of(), Set.of("STAFF"),
                Map.of("en", Map.of("wellnessCommittee", "Belonging Committee")));

        assertThat(page(messages, Locale.ENGLISH, renamedInEnglish).t("about")).isEqualTo("Ask the Belonging Committee.");
        assertThat(page(messages, Locale.forLanguageTag("es"), renamedInEnglish).t("about"))
                .isEqualTo("Pregunte al Comité de Bienestar.");
    }

    private static Page page(StaticMessageSource messages, Locale locale, Chrome chrome) {
        return new Page(messages, locale, chrome, null, "/", List.of(), null, Duration.ofMinutes(30), List.of());
    }
}
