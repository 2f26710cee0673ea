package org.shelfcare.notifications;

import java.util.List;
import java.util.Locale;

/**
 * An email that must go out at once, whatever the recipient's quiet hours and preferences (only
 * safety alerts use it), written by the sending module for this one person: each may carry their
 * own links. Everything in it is shown as text; links become buttons in the HTML version.
 *
 * @param recipient the email address
 * @param locale the recipient's language (of the HTML document)
 * @param subject the subject line
 * @param paragraphs the body, paragraph by paragraph
 * @param actions the buttons, each a label and an absolute URL
 * @param footer a last line below a rule
 */
public record UrgentEmail(String recipient, Locale locale, String subject, List<String> paragraphs,
        List<Action> actions, String footer) {

    public UrgentEmail {
        paragraphs = List.copyOf(paragraphs);
        actions = List.copyOf(actions);
    }

    /** A button: its label and absolute URL. */
    public record Action(String label, String url) {}
}
