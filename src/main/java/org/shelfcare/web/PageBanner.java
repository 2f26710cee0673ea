package org.shelfcare.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A banner at the top of every page for signed-in people (a safety alert), contributed by a module
 * as a bean so that this package imports no module. It shows what is current when the page is
 * drawn and follows a topic of the live stream, whose events the module's script turns into new
 * messages; texts the script needs come along as labels, in the page's language.
 */
public interface PageBanner {

    /** The banner for the signed-in person of {@code request}, or empty when there is none. */
    Optional<Banner> banner(HttpServletRequest request);

    /**
     * @param elementId id of the banner element, which the module's script fills
     * @param liveTopic the live stream topic it follows
     * @param liveEvents the stream events handed to the script, comma-separated
     * @param script path of the module's script file
     * @param labels texts for the script, by name
     * @param messages what the banner shows now
     */
    record Banner(String elementId, String liveTopic, String liveEvents, String script, List<Label> labels,
            List<Message> messages) {

        public Banner {
            labels = List.copyOf(labels);
            messages = List.copyOf(messages);
        }
    }

    /** A text the script uses, such as the word marking a drill. */
    record Label(String name, String text) {}

    /**
     * @param id identifies the message for the script (e.g. to replace it)
     * @param mark a word shown first and highlighted (e.g. "DRILL"), or null
     * @param heading the first line
     * @param text what follows
     * @param link where to act, or null
     * @param linkLabel the link's text
     */
    record Message(String id, @Nullable String mark, String heading, String text, @Nullable String link,
            String linkLabel) {}
}
