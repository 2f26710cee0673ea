package org.shelfcare.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.safety.CareTrack;
import org.shelfcare.safety.Incident;
import org.shelfcare.safety.IncidentAction;
import org.shelfcare.safety.IncidentDraft;
import org.shelfcare.safety.IncidentNote;
import org.shelfcare.safety.IncidentStatus;
import org.shelfcare.safety.IncidentSummary;
import org.shelfcare.safety.IncidentType;
import org.shelfcare.safety.IncidentTypes;
import org.shelfcare.safety.PersonRef;
import org.shelfcare.safety.SafetyManagement;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Incidents as JSON, with the permissions of the pages: any staff member reports; safety leads,
 * admins and the reporter read the factual record (never its subjects), every read audited;
 * {@code affectedPersonIds} and the care track only for care contacts.
 */
@ApiController("/api/v1/safety")
class IncidentsApiController {

    private final SafetyManagement safety;
    private final IncidentTypes types;

    IncidentsApiController(SafetyManagement safety, IncidentTypes types) {
        this.safety = safety;
        this.types = types;
    }

    record IncidentBody(@Nullable String type, @Nullable String occurredAt, @Nullable String description,
            @Nullable List<UUID> affectedPersonIds, @Nullable List<UUID> staffInvolvedIds,
            @Nullable List<UUID> subjectPersonIds, @Nullable UUID branchId, @Nullable String area,
            @Nullable String othersDescribed, @Nullable String witnesses, @Nullable List<String> actions,
            @Nullable String actionsDetail, @Nullable String restriction, @Nullable String restrictionEnds,
            @Nullable Boolean draft) {

        IncidentDraft toDraft() {
            List<InvalidInput.FieldError> errors = new ArrayList<>();
            Instant occurred = null;
            if (occurredAt != null && !occurredAt.isBlank()) {
                try {
                    occurred = OffsetDateTime.parse(occurredAt.strip()).toInstant();
                } catch (DateTimeParseException bad) {
                    errors.add(new InvalidInput.FieldError("occurredAt", "safety.incident.occurredAtFormat", new Object[0]));
                }
            }
            LocalDate ends = null;
            if (restrictionEnds != null && !restrictionEnds.isBlank()) {
                try {
                    ends = LocalDate.parse(restrictionEnds.strip());
                } catch (DateTimeParseException bad) {
                    errors.add(new InvalidInput.FieldError("restrictionEnds", "safety.incident.dateFormat", new Object[0]));
                }
            }
            Set<IncidentAction> picked = EnumSet.noneOf(IncidentAction.class);
            for (String action : actions == null ? List.<String>of() : actions) {
                try {
                    picked.add(IncidentAction.valueOf(action));
                } catch (IllegalArgumentException unknown) {
                    errors.add(new InvalidInput.FieldError("actions", "safety.incident.actionUnknown", new Object[0]));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            return new IncidentDraft(type, occurred, branchId, area, description, othersDescribed, witnesses, picked,
                    actionsDetail, restriction, ends, staffInvolvedIds, subjectPersonIds, affectedPersonIds);
        }
    }

    record Created(UUID id) {}

    record NoteBody(@Nullable String text) {}

    record TypeBody(@Nullable String labelEn, @Nullable String labelEs, @Nullable Boolean retired) {}

    record SummaryJson(UUID id, IncidentStatus status, @Nullable String type, String typeLabel,
            @Nullable Instant occurredAt, @Nullable String branchName, boolean mine) {

        static SummaryJson of(IncidentSummary s) {
            return new SummaryJson(s.id(), s.status(), s.typeCode(), s.typeLabel(), s.occurredAt(), s.branchName(),
                    s.mine());
        }
    }

    record IncidentJson(UUID id, IncidentStatus status, @Nullable UUID reporterId, String reporterName,
            @Nullable String type, String typeLabel, @Nullable Instant occurredAt, @Nullable UUID branchId,
            @Nullable String branchName, @Nullable String area, @Nullable String description,
            @Nullable String othersDescribed, @Nullable String witnesses, Set<IncidentAction> actions,
            @Nullable String actionsDetail, @Nullable String restriction, @Nullable LocalDate restrictionEnds,
            List<PersonRef> staffInvolved, List<PersonRef> subjects, Instant createdAt, @Nullable Instant submittedAt,
            List<IncidentNote> notes, @Nullable List<UUID> affectedPersonIds) {

        static IncidentJson of(Incident i, @Nullable List<UUID> affected) {
            return new IncidentJson(i.id(), i.status(), i.reporterId(), i.reporterName(), i.typeCode(), i.typeLabel(),
                    i.occurredAt(), i.branchId(), i.branchName(), i.area(), i.description(), i.othersDescribed(),
                    i.witnesses(), i.actions(), i.actionsDetail(), i.restriction(), i.restrictionEnds(),
                    i.staffInvolved(), i.subjects(), i.createdAt(), i.submittedAt(), i.notes(), affected);
        }
    }

    @Operation(summary = "Report an incident: type, occurredAt (RFC 3339, not in the future), description, "
            + "affectedPersonIds (care track, for care contacts only) and optional staffInvolvedIds, subjectPersonIds "
            + "(who can never read it), branchId, area, othersDescribed, witnesses, actions (DE_ESCALATION, "
            + "POLICE_CALLED, EMS_CALLED, INJURY, DAMAGE), actionsDetail, restriction, restrictionEnds; "
            + "\"draft\": true saves a draft that may miss fields")
    @PostMapping("/incidents")
    @ResponseStatus(HttpStatus.CREATED)
    Created report(CurrentUser user, @RequestBody IncidentBody body) {
        return new Created(safety.report(user, body.toDraft(), !Boolean.TRUE.equals(body.draft())));
    }

    @Operation(summary = "The reports the caller may read: their own (drafts included), and for safety leads and admins every submitted one")
    @GetMapping("/incidents")
    ListPage<SummaryJson> list(CurrentUser user, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return new ListPage<>(safety.incidents(user).stream().map(SummaryJson::of).toList(), null);
    }

    @Operation(summary = "One report's factual record (audited); affectedPersonIds only for care contacts, else null")
    @GetMapping("/incidents/{id}")
    IncidentJson one(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Incident incident = safety.incident(user, id);
        List<UUID> affected = null;
        if (SafetyManagement.caresFor(user) && !incident.draft()) {
            affected = safety.care(user, id).affected().stream().map(PersonRef::id).toList();
        } else if (incident.draft()) {
            affected = safety.draft(user, id).affectedPersonIds();
        }
        return IncidentJson.of(incident, affected);
    }

    @Operation(summary = "The reporter changes their draft (the same fields as when reporting); \"draft\": false submits it")
    @PatchMapping("/incidents/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void update(CurrentUser user, @PathVariable UUID id, @RequestBody IncidentBody body) {
        safety.update(user, id, body.toDraft(), !Boolean.TRUE.equals(body.draft()));
    }

    @Operation(summary = "The dated supplemental notes of a report (audited)")
    @GetMapping("/incidents/{id}/notes")
    ListPage<IncidentNote> notes(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return new ListPage<>(safety.notes(user, id), null);
    }

    @Operation(summary = "Adds a dated supplemental note to a submitted report: {\"text\"}")
    @PostMapping("/incidents/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Created addNote(CurrentUser user, @PathVariable UUID id, @RequestBody NoteBody body) {
        return new Created(safety.addNote(user, id, body.text()).id());
    }

    @Operation(summary = "The care track, for care contacts only (others, admins included, 404): affected people, "
            + "care notes, check-in requests, and who read the track")
    @GetMapping("/incidents/{id}/care")
    CareTrack care(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return safety.care(user, id);
    }

    @Operation(summary = "A care contact adds a care note (sealed): {\"text\"}")
    @PostMapping("/incidents/{id}/care/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Created addCareNote(CurrentUser user, @PathVariable UUID id, @RequestBody NoteBody body) {
        return new Created(safety.addCareNote(user, id, body.text()));
    }

    @Operation(summary = "The reporter asks for someone to check in with them today; asking again keeps one request")
    @PostMapping("/incidents/{id}/check-in")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void checkIn(CurrentUser user, @PathVariable UUID id) {
        safety.requestCheckIn(user, id);
    }

    @Operation(summary = "The library's incident types in the caller's language, retired ones included")
    @GetMapping("/incident-types")
    ListPage<IncidentType> types(CurrentUser user) {
        return new ListPage<>(types.types(user.organizationId(), user.locale()), null);
    }

    @Operation(summary = "Admins and safety leads add a type: {\"labelEn\", \"labelEs\"}; its code is made from the English name")
    @PostMapping("/incident-types")
    @ResponseStatus(HttpStatus.CREATED)
    IncidentType addType(CurrentUser user, @RequestBody TypeBody body) {
        return types.add(user, body.labelEn(), body.labelEs());
    }

    @Operation(summary = "Admins and safety leads rename a type or retire it: {\"labelEn\", \"labelEs\", \"retired\"}")
    @PatchMapping("/incident-types/{code}")
    IncidentType changeType(CurrentUser user, @PathVariable String code, @RequestBody TypeBody body) {
        return types.change(user, code, body.labelEn(), body.labelEs(), Boolean.TRUE.equals(body.retired()));
    }

    @Operation(summary = "Admins and safety leads delete a type they added that no report uses (built-in or used: 409)")
    @DeleteMapping("/incident-types/{code}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteType(CurrentUser user, @PathVariable String code) {
        types.delete(user, code);
    }
}
