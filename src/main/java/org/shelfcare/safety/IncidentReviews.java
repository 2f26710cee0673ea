package org.shelfcare.safety;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonView;
import org.shelfcare.privacy.AuditLog;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operational review of an incident: safety leads and admins schedule it and, afterwards, write
 * what they found and what the library changes. It is part of the factual record (everyone who
 * reads the record sees it) and never of the care track: a voluntary support conversation is the
 * care contacts' business, not a review's.
 */
@Service
@Transactional
public class IncidentReviews {

    public static final int TEXT_MAX = 4000;

    private final JdbcClient jdbc;
    private final SafetyManagement safety;
    private final DirectoryManagement directory;
    private final AuditLog audit;
    private final MessageSource messages;

    IncidentReviews(JdbcClient jdbc, SafetyManagement safety, DirectoryManagement directory, AuditLog audit,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.safety = safety;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    /** Safety leads and admins schedule reviews and write their findings. */
    public static boolean mayEdit(CurrentUser person) {
        return SafetyManagement.readsAll(person);
    }

    /** The review of an incident, if one is scheduled, for those who read its record (others 404); audited. */
    public Optional<IncidentReview> review(CurrentUser reader, UUID incidentId) {
        safety.readable(reader, incidentId);
        audit.recordRead(reader, SafetyManagement.SUBJECT_KIND, incidentId);
        return find(reader, incidentId);
    }

    /** The same for a record the reader has just opened (and whose read is already audited). */
    @Transactional(readOnly = true)
    public Optional<IncidentReview> of(CurrentUser reader, Incident incident) {
        safety.readable(reader, incident.id());
        return find(reader, incident.id());
    }

    /**
     * Schedules the review of a submitted incident, or changes it (safety leads and admins; the
     * reporter 403, others 404). The time is required; findings and changes are optional.
     */
    public IncidentReview schedule(CurrentUser lead, UUID incidentId, @Nullable Instant scheduledAt,
            @Nullable String findings, @Nullable String changes) {
        checkEditor(lead, incidentId);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        if (scheduledAt == null) {
            errors.add(new InvalidInput.FieldError("scheduledAt", "safety.review.whenRequired", new Object[0]));
        }
        String f = text(errors, "findings", findings);
        String c = text(errors, "changes", changes);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("""
                UPDATE safety_incident_review SET scheduled_at = ?, findings = ?, changes = ?, updated_at = ?, updated_by = ?
                WHERE incident_id = ? AND org_id = ?""")
                .params(Timestamp.from(scheduledAt), f, c, now, lead.personId(), incidentId, lead.organizationId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO safety_incident_review (incident_id, org_id, scheduled_at, findings, changes, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(incidentId, lead.organizationId(), Timestamp.from(scheduledAt), f, c, now, lead.personId())
                    .update();
        }
        return find(lead, incidentId).orElseThrow();
    }

    /**
     * Checks that the person may schedule the review of this incident: 404 when they may not read
     * its record, 403 for its reporter when not a safety lead or admin, 409 for a draft.
     */
    @Transactional(readOnly = true)
    public void checkEditor(CurrentUser lead, UUID incidentId) {
        Incidents.Row row = safety.readable(lead, incidentId);
        if (!mayEdit(lead)) {
            throw Problems.forbidden();
        }
        if (row.status() != IncidentStatus.SUBMITTED) {
            throw Problems.conflict("safety.playbook.draft");
        }
    }

    /** Calls the review off (safety leads and admins). Nothing scheduled changes nothing. */
    public void cancel(CurrentUser lead, UUID incidentId) {
        safety.readable(lead, incidentId);
        if (!mayEdit(lead)) {
            throw Problems.forbidden();
        }
        jdbc.sql("DELETE FROM safety_incident_review WHERE incident_id = ? AND org_id = ?")
                .params(incidentId, lead.organizationId()).update();
    }

    Optional<IncidentReview> find(CurrentUser reader, UUID incidentId) {
        return jdbc.sql("""
                SELECT scheduled_at, findings, changes, updated_at, updated_by FROM safety_incident_review
                WHERE incident_id = ? AND org_id = ?""").params(incidentId, reader.organizationId())
                .query((rs, n) -> new IncidentReview(incidentId, rs.getTimestamp("scheduled_at").toInstant(),
                        rs.getString("findings"), rs.getString("changes"), rs.getTimestamp("updated_at").toInstant(),
                        name(reader, rs.getObject("updated_by", UUID.class))))
                .optional();
    }

    private String name(CurrentUser reader, @Nullable UUID personId) {
        if (personId != null) {
            for (PersonView person : directory.people(reader)) {
                if (person.id().equals(personId)) {
                    return person.name();
                }
            }
        }
        return messages.getMessage("safety.person.former", null, reader.locale());
    }

    private static @Nullable String text(List<InvalidInput.FieldError> errors, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > TEXT_MAX) {
            errors.add(new InvalidInput.FieldError(field, "safety.incident.tooLong", new Object[] {TEXT_MAX}));
        }
        return text;
    }
}
