package org.shelfcare.safety;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An alert as one viewer sees it. People who oversee it (safety leads, admins, its sender) also
 * get who needs help and who has not answered; others get only their own answer.
 *
 * @param branchNames the branches alerted; empty for the whole library
 * @param myStatus the viewer's own answer, or null (also when they were not alerted)
 * @param alerted true when the viewer is among the people alerted
 * @param overseer true when the viewer sees the answers of everyone
 * @param needHelp who needs help, latest first (overseers only)
 * @param noResponse who has not answered yet, by name (overseers only)
 */
public record AlertView(UUID id, String type, String typeLabel, String headline, String message, boolean drill, Instant sentAt,
        String senderName, List<String> branchNames, @Nullable Instant allClearAt, @Nullable String allClearMessage,
        AlertCounts counts, @Nullable AlertStatus myStatus, boolean alerted, boolean overseer, List<Person> needHelp,
        List<Person> noResponse) {

    public AlertView {
        branchNames = List.copyOf(branchNames);
        needHelp = List.copyOf(needHelp);
        noResponse = List.copyOf(noResponse);
    }

    public boolean active() {
        return allClearAt == null;
    }

    /** Someone alerted, with when they answered (null when they have not). */
    public record Person(UUID id, String name, @Nullable Instant answeredAt) {}
}
