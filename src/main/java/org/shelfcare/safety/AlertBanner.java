package org.shelfcare.safety;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.PageBanner;
import org.shelfcare.web.SignedIn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The alert banner on every page of a signed-in person: the alerts they were sent that have no
 * "all clear" yet (from the last day), and, through {@code /js/alerts.js} and the live stream,
 * every new alert and "all clear" while the page is open.
 */
@Component
class AlertBanner implements PageBanner {

    static final String ELEMENT_ID = "safety-alert-banner";

    private final JdbcClient jdbc;
    private final MessageSource messages;

    AlertBanner(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public Optional<Banner> banner(HttpServletRequest request) {
        Optional<UUID> signedIn = SignedIn.personId();
        if (signedIn.isEmpty()) {
            return Optional.empty();
        }
        UUID personId = signedIn.get();
        Locale locale = LocaleContextHolder.getLocale();
        List<Message> current = jdbc.sql("""
                SELECT a.id, a.headline, a.message, a.drill, r.status FROM safety_alert_recipient r
                JOIN safety_alert a ON a.id = r.alert_id AND a.org_id = r.org_id
                WHERE r.person_id = ? AND a.all_clear_at IS NULL AND a.sent_at > ?
                ORDER BY a.sent_at DESC""")
                .params(personId, Timestamp.from(Instant.now().minus(Alerts.ANSWER_LINK_LIFETIME)))
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    String link = status == null ? t("safety.alerts.banner.answer", locale)
                            : t("safety.alerts.banner.answered", locale, t("safety.alerts.status." + status, locale));
                    return new Message(rs.getObject("id", UUID.class).toString(),
                            rs.getBoolean("drill") ? t("safety.alerts.drillMark", locale) : null, rs.getString("headline"),
                            rs.getString("message"), AlertDelivery.path(rs.getObject("id", UUID.class)), link);
                }).list();
        return Optional.of(new Banner(ELEMENT_ID, AlertDelivery.TOPIC,
                AlertDelivery.ALERT_EVENT + "," + AlertDelivery.ALL_CLEAR_EVENT, "/js/alerts.js",
                List.of(new Label("drill", t("safety.alerts.drillMark", locale)),
                        new Label("answer", t("safety.alerts.banner.answer", locale)),
                        new Label("allClear", t("safety.alerts.banner.allClear", locale)),
                        new Label("details", t("safety.alerts.banner.details", locale))),
                current));
    }

    private String t(String key, Locale locale, @Nullable Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
