package org.shelfcare.safety;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The kinds of alert: the library's own incident types ({@link IncidentTypes}), built-in and
 * added, as long as they are not retired. This is the one place alerts, their templates and the API
 * ask which types exist and what they are called.
 */
@Component
public class AlertTypes {

    /** What any staff member may send, when their library allows it: there is no time to find a lead. */
    public static final Set<String> ANY_STAFF = Set.of("BOMB_THREAT", "THREAT_OF_VIOLENCE");

    private final IncidentTypes types;

    AlertTypes(IncidentTypes types) {
        this.types = types;
    }

    /** The codes alerts may be sent for, in the order pages list them. */
    public List<String> codes(UUID orgId) {
        return types.active(orgId, Locale.ENGLISH).stream().map(IncidentType::code).toList();
    }

    public boolean known(UUID orgId, String code) {
        return codes(orgId).contains(code);
    }

    /** The name of every type the library has (retired ones too, for earlier alerts) in {@code locale}. */
    public Map<String, String> labels(UUID orgId, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        types.types(orgId, locale).forEach(type -> labels.put(type.code(), type.label()));
        return labels;
    }

    /** The name of one type in {@code locale}; a code the library no longer knows is shown as it is. */
    public String label(UUID orgId, String code, Locale locale) {
        return types.label(orgId, code, locale);
    }
}
