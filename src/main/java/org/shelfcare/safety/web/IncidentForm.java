package org.shelfcare.safety.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.safety.IncidentAction;
import org.shelfcare.safety.IncidentDraft;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;

/** What a reporter typed into the report form, kept as typed when it has errors. */
public record IncidentForm(String type, String occurredAt, String branchId, String area, String description,
        String othersDescribed, String witnesses, List<String> actions, String actionsDetail, String restriction,
        String restrictionEnds, List<String> staffInvolvedIds, List<String> subjectPersonIds,
        List<String> affectedPersonIds) {

    static final IncidentForm EMPTY = new IncidentForm("", "", "", "", "", "", "", List.of(), "", "", "", List.of(),
            List.of(), List.of());

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public IncidentForm {
        type = text(type);
        occurredAt = text(occurredAt);
        branchId = text(branchId);
        area = text(area);
        description = text(description);
        othersDescribed = text(othersDescribed);
        witnesses = text(witnesses);
        actionsDetail = text(actionsDetail);
        restriction = text(restriction);
        restrictionEnds = text(restrictionEnds);
        actions = actions == null ? List.of() : List.copyOf(actions);
        staffInvolvedIds = staffInvolvedIds == null ? List.of() : List.copyOf(staffInvolvedIds);
        subjectPersonIds = subjectPersonIds == null ? List.of() : List.copyOf(subjectPersonIds);
        affectedPersonIds = affectedPersonIds == null ? List.of() : List.copyOf(affectedPersonIds);
    }

    /** A draft as saved, back into the form. */
    static IncidentForm of(IncidentDraft d, ZoneId zone) {
        return new IncidentForm(text(d.type()),
                d.occurredAt() == null ? "" : LOCAL.format(d.occurredAt().atZone(zone).truncatedTo(ChronoUnit.MINUTES)),
                d.branchId() == null ? "" : d.branchId().toString(), text(d.area()), text(d.description()),
                text(d.othersDescribed()), text(d.witnesses()), d.actions().stream().map(Enum::name).toList(),
                text(d.actionsDetail()), text(d.restriction()),
                d.restrictionEnds() == null ? "" : d.restrictionEnds().toString(),
                d.staffInvolvedIds().stream().map(UUID::toString).toList(),
                d.subjectPersonIds().stream().map(UUID::toString).toList(),
                d.affectedPersonIds().stream().map(UUID::toString).toList());
    }

    /** The draft to save; a date in a form no browser sends answers a field error. */
    IncidentDraft draft(ZoneId zone) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        java.time.Instant occurred = null;
        if (!occurredAt.isBlank()) {
            try {
                occurred = LocalDateTime.parse(occurredAt.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException bad) {
                errors.add(new InvalidInput.FieldError("occurredAt", "safety.incident.occurredAtFormat", new Object[0]));
            }
        }
        LocalDate ends = null;
        if (!restrictionEnds.isBlank()) {
            try {
                ends = LocalDate.parse(restrictionEnds.strip());
            } catch (DateTimeParseException bad) {
                errors.add(new InvalidInput.FieldError("restrictionEnds", "safety.incident.dateFormat", new Object[0]));
            }
        }
        Set<IncidentAction> picked = EnumSet.noneOf(IncidentAction.class);
        for (String action : actions) {
            try {
                picked.add(IncidentAction.valueOf(action));
            } catch (IllegalArgumentException unknown) {
                errors.add(new InvalidInput.FieldError("actions", "safety.incident.actionUnknown", new Object[0]));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new IncidentDraft(type, occurred, uuid(branchId), area, description, othersDescribed, witnesses, picked,
                actionsDetail, restriction, ends, uuids(staffInvolvedIds), uuids(subjectPersonIds),
                uuids(affectedPersonIds));
    }

    public boolean has(List<String> values, String value) {
        return values.contains(value);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable UUID uuid(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            throw Problems.notFound();
        }
    }

    private static List<UUID> uuids(List<String> values) {
        List<UUID> ids = new ArrayList<>();
        for (String value : values) {
            UUID id = uuid(value);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
