package org.shelfcare.safety;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The playbook of an incident's type as it is being worked through: each step with whether it is
 * ticked (by whom, when), and every tick and untick in order, with the step's words at that moment.
 * Part of the factual record.
 *
 * @param mayTick the reader may tick steps (the report is submitted)
 */
public record IncidentPlaybook(UUID incidentId, String typeCode, String typeLabel, @Nullable String source,
        List<StepState> steps, List<Tick> log, boolean mayTick) {

    public record StepState(String id, String text, boolean done, @Nullable String byName, @Nullable Instant at) {}

    public record Tick(String stepId, String stepText, boolean done, String byName, Instant at) {}

    public long doneCount() {
        return steps.stream().filter(StepState::done).count();
    }
}
