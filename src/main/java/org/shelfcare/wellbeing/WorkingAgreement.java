package org.shelfcare.wellbeing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person's working agreement: their hours by weekday (Monday first, all seven), how they like to
 * be reached, what replies to expect, their protected time and "how to work with me". It is the
 * person's own; colleagues of the same library read it only when {@code shared}. Coverage never
 * uses it: it works from the directory's working pattern.
 *
 * @param updatedAt when it was last saved; null while the person has not written one
 */
public record WorkingAgreement(List<WorkingDay> hours, Set<ContactChannel> channels, String responseExpectations,
        String protectedTime, String howToWorkWithMe, boolean shared, @Nullable Instant updatedAt) {

    public WorkingAgreement {
        hours = List.copyOf(hours);
        channels = Set.copyOf(channels);
    }

    public boolean written() {
        return updatedAt != null;
    }
}
