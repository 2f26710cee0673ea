package org.shelfcare.wellbeing;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How much room a person has right now, as they set it for their colleagues to see. */
public enum CapacityStatus {
    AVAILABLE,
    FOCUSED,
    AT_CAPACITY,
    ON_A_BREAK;

    /** The message key of the label colleagues see, e.g. {@code wellbeing.status.FOCUSED}. */
    public String labelKey() {
        return "wellbeing.status." + name();
    }

    /** The status with this code; empty for a blank code (no status) and for an unknown one. */
    public static Optional<CapacityStatus> ofCode(@Nullable String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.name().equals(code.strip())).findFirst();
    }
}
