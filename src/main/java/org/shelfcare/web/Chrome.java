package org.shelfcare.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the layout shows around every page: who is signed in, their library, its own names for
 * shared terms, the modules it has switched off, and whether it is a sample library.
 *
 * @param personName null when nobody is signed in
 * @param organizationName the signed-in person's library, or null
 * @param sample true when the library is the sample library (a banner says so on every page)
 * @param terms the library's own names for shared terms, by language code and then term key
 * @param disabledModules modules the library has switched off
 * @param roles the signed-in person's role codes
 * @param preferredLocale the signed-in person's chosen language, if any
 */
public record Chrome(@Nullable String personName, @Nullable String organizationName, boolean sample,
        Map<String, Map<String, String>> terms, Set<String> disabledModules, Set<String> roles, @Nullable Locale preferredLocale) {

    public static final Chrome ANONYMOUS = new Chrome(null, null, false, Map.of(), Set.of(), Set.of(), null);

    public boolean signedIn() {
        return personName != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The library's own name for {@code key} in {@code locale}'s language, or null for the default. */
    public @Nullable String term(Locale locale, String key) {
        Map<String, String> inLanguage = terms.get(locale.getLanguage());
        return inLanguage == null ? null : inLanguage.get(key);
    }
}
