package org.shelfcare.notifications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.PasswordResetRequested;
import org.shelfcare.directory.PersonInvited;
import org.shelfcare.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes emails in the recipient's language: a subject, a plain text body, and a simple HTML body
 * in which everything that people typed (names, library names) is escaped and shows as text.
 */
@Component
class Emails {

    private final MessageSource messages;
    private final PublicLinks links;

    Emails(MessageSource messages, PublicLinks links) {
        this.messages = messages;
        this.links = links;
    }

    EmailMessage invitation(PersonInvited invited) {
        Locale locale = invited.locale();
        return compose(locale, t("notifications.email.invitation.subject", locale, invited.organizationName()),
                List.of(t("notifications.email.greeting", locale, invited.name()),
                        t("notifications.email.invitation.body", locale, invited.organizationName())),
                t("notifications.email.invitation.action", locale), invited.invitationUrl(),
                t("notifications.email.invitation.footer", locale));
    }

    EmailMessage passwordReset(PasswordResetRequested reset) {
        Locale locale = reset.locale();
        return compose(locale, t("notifications.email.reset.subject", locale),
                List.of(t("notifications.email.greeting", locale, reset.name()),
                        t("notifications.email.reset.body", locale)),
                t("notifications.email.reset.action", locale), reset.resetUrl(),
                t("notifications.email.reset.footer", locale));
    }

    EmailMessage notice(Notice.Email email, @Nullable String link, String name, Locale locale) {
        return compose(locale, t(email.subjectKey(), locale, email.args().toArray()),
                List.of(t("notifications.email.greeting", locale, name), t(email.bodyKey(), locale, email.args().toArray())),
                link == null ? null : t("notifications.email.open", locale), link == null ? null : links.absolute(link),
                t("notifications.email.preferences", locale, links.absolute(NotificationManagement.PREFERENCES_PATH)));
    }

    EmailMessage urgent(UrgentEmail email) {
        return urgent(email, new HashMap<>());
    }

    /**
     * As {@link #urgent(UrgentEmail)}, with the HTML escapes of texts already seen in {@code escaped}:
     * the emails of one alert share all their texts but the links, so each is escaped once.
     */
    EmailMessage urgent(UrgentEmail email, Map<String, String> escaped) {
        Function<String, String> once = text -> escaped.computeIfAbsent(text, Emails::escape);
        List<String> text = new ArrayList<>(email.paragraphs());
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(email.locale().getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(once.apply(email.subject())).append("</title></head>\n")
                .append("<body style=\"font-family: sans-serif; line-height: 1.5; color: #1f2328;\">\n");
        for (String paragraph : email.paragraphs()) {
            html.append("<p>").append(once.apply(paragraph).replace("\n", "<br>")).append("</p>\n");
        }
        for (UrgentEmail.Action action : email.actions()) {
            text.add(action.label() + ":\n" + action.url());
            html.append("<p><a href=\"").append(escape(action.url()))
                    .append("\" style=\"display: inline-block; padding: 12px 18px; background: #0b57d0; color: #ffffff;")
                    .append(" text-decoration: none; border-radius: 4px; font-size: 1.1em;\">")
                    .append(once.apply(action.label())).append("</a></p>\n");
        }
        text.add("-- \n" + email.footer());
        html.append("<hr><p style=\"font-size: 0.85em; color: #59636e;\">").append(once.apply(email.footer())).append("</p>\n")
                .append("</body></html>\n");
        return new EmailMessage(email.subject(), String.join("\n\n", text) + "\n", html.toString());
    }

    private EmailMessage compose(Locale locale, String subject, List<String> paragraphs, @Nullable String action,
            @Nullable String url, String footer) {
        List<String> text = new ArrayList<>(paragraphs);
        if (url != null) {
            text.add(action + ":\n" + url);
        }
        text.add("-- \n" + footer);
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(subject)).append("</title></head>\n")
                .append("<body style=\"font-family: sans-serif; line-height: 1.5; color: #1f2328;\">\n");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>\n");
        }
        if (url != null) {
            html.append("<p><a href=\"").append(escape(url)).append("\" style=\"display: inline-block; padding: 10px 16px;")
                    .append(" background: #0b57d0; color: #ffffff; text-decoration: none; border-radius: 4px;\">")
                    .append(escape(action == null ? url : action)).append("</a></p>\n")
                    .append("<p style=\"font-size: 0.9em;\">").append(escape(url)).append("</p>\n");
        }
        html.append("<hr><p style=\"font-size: 0.85em; color: #59636e;\">").append(escape(footer)).append("</p>\n")
                .append("</body></html>\n");
        return new EmailMessage(subject, String.join("\n\n", text) + "\n", html.toString());
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
