package org.shelfcare.directory;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something another module shows beside a colleague's name in the colleague directory ({@code /people}
 * and {@code /people/{id}}), such as a capacity status the person set. The directory knows nothing
 * of what it means: it asks each bean of this type and shows the label and link it answers. A module
 * answers only what the viewer may see, and nothing for a person it has nothing to say about.
 */
public interface ColleagueStatus {

    /**
     * What to show beside each of {@code personIds}, all people of the viewer's library, for
     * {@code viewer} reading in {@code locale}. People without an entry show nothing.
     */
    Map<UUID, Shown> shown(CurrentUser viewer, Collection<UUID> personIds, Locale locale);

    /**
     * A short label (a message key and its arguments, already formatted for the viewer), and
     * optionally a link with its own message key, e.g. to the person's shared working agreement.
     */
    record Shown(@Nullable String labelKey, List<String> labelArgs, @Nullable String link, @Nullable String linkKey) {

        public Shown {
            labelArgs = List.copyOf(labelArgs);
        }

        public Object[] args() {
            return labelArgs.toArray();
        }
    }
}
