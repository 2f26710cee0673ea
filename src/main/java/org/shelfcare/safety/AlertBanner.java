package org.shelfcare.safety;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.PageBanner;
import org.shelfcare.web.SignedIn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The alert banner on every page of a signed-in person: the alerts they were sent that have no
 * "all clear" yet (from the last day), and, through {@code /js/alerts.js} and the live stream,
 * every new alert and "all clear" while the page is open. When the page may have missed events
 * (a reconnect, or a wake-up from another node), the script asks
 * {@code GET /api/v1/safety/alerts/banner} for the same list again.
 */
@Component
class AlertBanner implements PageBanner {

    static final String ELEMENT_ID = "safety-alert-banner";

    private final Alerts alerts;
    private final MessageSource messages;

    AlertBanner(Alerts alerts, MessageSource messages) {
        this.alerts = alerts;
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
        List<Message> current = alerts.inBanner(personId).stream().filter(alert -> !alert.cleared()).map(alert -> {
            String link = alert.status() == null ? t("safety.alerts.banner.answer", locale)
                    : t("safety.alerts.banner.answered", locale, t("safety.alerts.status." + alert.status(), locale));
            return new Message(alert.id().toString(), alert.drill() ? t("safety.alerts.drillMark", locale) : null,
                    alert.headline(), alert.message(), alert.link(), link);
        }).toList();
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
