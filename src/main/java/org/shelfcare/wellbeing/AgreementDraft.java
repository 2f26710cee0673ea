package org.shelfcare.wellbeing;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A working agreement as typed: times as text ("09:00"), so that a rejected one comes back exactly
 * as it was. A day missing from {@code hours}, or with both times blank, is not worked.
 */
public record AgreementDraft(Map<DayOfWeek, Hours> hours, List<String> channels,
        @Nullable String responseExpectations, @Nullable String protectedTime, @Nullable String howToWorkWithMe,
        boolean shared) {

    public record Hours(@Nullable String start, @Nullable String end) {}
}
