package org.shelfcare.wellbeing;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.web.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mindful breaks: guided practices with a timer. Starting one may show colleagues "On a break,
 * back at ..." until it ends; that clears by itself when the time passes, or when the person ends
 * the break early. Nothing counts breaks taken or missed.
 */
@Service
@Transactional
public class Breaks {

    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 60;

    private final CapacityStatuses statuses;

    Breaks(CapacityStatuses statuses) {
        this.statuses = statuses;
    }

    public List<BreakPractice> practices() {
        return List.of(BreakPractice.values());
    }

    /**
     * Starts a break of {@code practice} (a code such as {@code BOX_BREATHING}) for {@code minutes}
     * (the practice's own when null), replacing any break already running.
     */
    public CurrentBreak start(CurrentUser me, @Nullable String practice, @Nullable Integer minutes, boolean showStatus) {
        return startAt(me, practice, minutes, showStatus, Instant.now());
    }

    CurrentBreak startAt(CurrentUser me, @Nullable String practice, @Nullable Integer minutes, boolean showStatus,
            Instant now) {
        BreakPractice chosen = BreakPractice.ofCode(practice)
                .orElseThrow(() -> Problems.invalid("practice", "wellbeing.breaks.unknownPractice"));
        int length = minutes == null ? chosen.minutes() : minutes;
        if (length < MIN_MINUTES || length > MAX_MINUTES) {
            throw Problems.invalid("minutes", "wellbeing.breaks.minutesRange", MIN_MINUTES, MAX_MINUTES);
        }
        Instant start = now.truncatedTo(ChronoUnit.SECONDS);
        CurrentBreak started = new CurrentBreak(chosen, length, start, start.plus(Duration.ofMinutes(length)),
                showStatus);
        statuses.startBreak(me.organizationId(), me.personId(), started);
        return started;
    }

    /** The break the person is taking now, if any. */
    @Transactional(readOnly = true)
    public Optional<CurrentBreak> current(CurrentUser me) {
        return statuses.currentBreak(me.organizationId(), me.personId(), Instant.now());
    }

    /** Ends the running break early; false when none was running (it may have just ended by itself). */
    public boolean end(CurrentUser me) {
        return statuses.endBreak(me.organizationId(), me.personId(), Instant.now());
    }
}
