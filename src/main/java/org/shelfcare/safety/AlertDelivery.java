package org.shelfcare.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.Contact;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.notifications.LiveStream;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.UrgentEmail;
import org.shelfcare.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Gets an alert and its "all clear" to people: by email (at once, past quiet hours, each with the
 * person's own answer links), to the library's chat webhooks, and live to every open page of the
 * people alerted. Emails and webhook posts are queued in the sending transaction; live events go
 * out once it has committed.
 */
@Component
class AlertDelivery {

    /** The live topic every signed-in page follows for the alert banner. */
    static final String TOPIC = "safety.alerts";
    /** The live topic of one alert's answers, for the people who oversee it. */
    static final String ANSWERS_TOPIC_PREFIX = "safety.alert.";
    static final String ALERT_EVENT = "alert";
    static final String ALL_CLEAR_EVENT = "allclear";
    static final String COUNTS_EVENT = "counts";

    private final NotificationManagement notifications;
    private final LiveStream live;
    private final DirectoryManagement directory;
    private final ChatWebhooks webhooks;
    private final MessageSource messages;
    private final PublicLinks links;

    AlertDelivery(NotificationManagement notifications, LiveStream live, DirectoryManagement directory,
            ChatWebhooks webhooks, MessageSource messages, PublicLinks links) {
        this.notifications = notifications;
        this.live = live;
        this.directory = directory;
        this.webhooks = webhooks;
        this.messages = messages;
        this.links = links;
    }

    /** What was sent: enough to tell people about it. */
    record Sent(UUID id, UUID orgId, String type, String headline, String message, boolean drill) {}

    static String path(UUID alertId) {
        return "/safety/alerts/" + alertId;
    }

    static String answerPath(String token) {
        return "/safety/answer/" + token;
    }

    void queueSent(Sent sent, List<Contact> people, Map<UUID, String> tokens) {
        OrganizationView library = directory.organization(sent.orgId());
        // the texts are the same for everyone who reads the same language: looked up once per language
        Map<Locale, Texts> byLocale = new HashMap<>();
        List<UrgentEmail> emails = new ArrayList<>(people.size());
        for (Contact person : people) {
            if (person.email() == null) {
                continue;
            }
            Locale locale = person.locale();
            Texts texts = byLocale.computeIfAbsent(locale, l -> new Texts(
                    subject("safety.alerts.email.subject", sent, l),
                    sent.drill() ? List.of(t("safety.alerts.email.drill", l), sent.headline(), sent.message(),
                            t("safety.alerts.email.answer", l))
                            : List.of(sent.headline(), sent.message(), t("safety.alerts.email.answer", l)),
                    t("safety.alerts.status.SAFE", l), t("safety.alerts.status.NEED_HELP", l),
                    t("safety.alerts.email.footer", l, library.name())));
            String answer = links.absolute(answerPath(tokens.get(person.id())));
            emails.add(new UrgentEmail(person.email(), locale, texts.subject(), texts.paragraphs(),
                    List.of(new UrgentEmail.Action(texts.safe(), answer + "?status=SAFE"),
                            new UrgentEmail.Action(texts.needHelp(), answer + "?status=NEED_HELP")),
                    texts.footer()));
        }
        notifications.sendUrgent(sent.orgId(), emails);
        webhooks.queue(sent.orgId(), sent.id(), chatText("safety.alerts.chat.alert", sent, library));
    }

    /** An alert's email texts in one language. */
    private record Texts(String subject, List<String> paragraphs, String safe, String needHelp, String footer) {}

    void queueAllClear(Sent cleared, List<Contact> people) {
        OrganizationView library = directory.organization(cleared.orgId());
        List<UrgentEmail> emails = new ArrayList<>();
        for (Contact person : people) {
            if (person.email() == null) {
                continue;
            }
            Locale locale = person.locale();
            List<String> paragraphs = new ArrayList<>();
            if (cleared.drill()) {
                paragraphs.add(t("safety.alerts.email.drill", locale));
            }
            paragraphs.add(cleared.message());
            emails.add(new UrgentEmail(person.email(), locale, subject("safety.alerts.email.allClearSubject", cleared, locale),
                    paragraphs, List.of(), t("safety.alerts.email.footer", locale, library.name())));
        }
        notifications.sendUrgent(cleared.orgId(), emails);
        webhooks.queue(cleared.orgId(), cleared.id(), chatText("safety.alerts.chat.allClear", cleared, library));
    }

    void publishSent(Sent sent, List<UUID> people) {
        live.publishTo(sent.orgId(), TOPIC, Set.copyOf(people), ALERT_EVENT, event(sent, false));
    }

    void publishAllClear(Sent cleared, List<UUID> people) {
        live.publishTo(cleared.orgId(), TOPIC, Set.copyOf(people), ALL_CLEAR_EVENT, event(cleared, true));
        live.publish(cleared.orgId(), ANSWERS_TOPIC_PREFIX + cleared.id(), viewer -> true, ALL_CLEAR_EVENT,
                Map.of("id", cleared.id().toString()));
    }

    /** New counts for the people watching the alert's answers (the topic admits only them). */
    void publishCounts(UUID orgId, UUID alertId, AlertCounts counts) {
        live.publish(orgId, ANSWERS_TOPIC_PREFIX + alertId, viewer -> true, COUNTS_EVENT,
                Map.of("safe", counts.safe(), "needHelp", counts.needHelp(), "noResponse", counts.noResponse()));
    }

    private static Map<String, Object> event(Sent sent, boolean closed) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", sent.id().toString());
        data.put("type", sent.type());
        data.put("drill", sent.drill());
        data.put("headline", sent.headline());
        data.put("message", sent.message());
        data.put("link", path(sent.id()));
        data.put("closed", closed);
        return data;
    }

    private String subject(String key, Sent sent, Locale locale) {
        String subject = t(key, locale, sent.headline());
        return sent.drill() ? t("safety.alerts.drillMark", locale) + " · " + subject : subject;
    }

    private String chatText(String key, Sent sent, OrganizationView library) {
        Locale locale = library.defaultLocale();
        String text = t(key, locale, sent.headline(), sent.message(), links.absolute(path(sent.id())), library.name());
        return sent.drill() ? t("safety.alerts.drillMark", locale) + " · " + text : text;
    }

    private String t(String key, Locale locale, @Nullable Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
