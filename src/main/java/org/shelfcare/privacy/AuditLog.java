package org.shelfcare.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.AdminAction;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.web.ListPage;
import org.shelfcare.web.Problems;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each library's audit log: admin actions (the directory's {@link AdminAction} events, such as an
 * operator's new admin invitation) and reads of sensitive records, written by the modules that
 * own them. Admins browse it; entries about the care track are shown only to those of them who
 * are care contacts. An entry holds codes and ids, never private text, and nothing is ever logged
 * about anonymous items.
 */
@Service
@Transactional
public class AuditLog {

    /** A sensitive record (an incident) was read. */
    public static final String RECORD_READ = "RECORD_READ";
    /** A record of the care track (a care note, a follow-up answer) was read. */
    public static final String CARE_RECORD_READ = "CARE_RECORD_READ";
    public static final int DEFAULT_PAGE = 50;

    private final AuditEntries entries;
    private final DirectoryManagement directory;

    AuditLog(AuditEntries entries, DirectoryManagement directory) {
        this.entries = entries;
        this.directory = directory;
    }

    /** Writes an entry, in the caller's transaction: no audited change commits without its entry. */
    public void record(AuditEvent event) {
        entries.insert(event, Instant.now());
    }

    /** {@code reader} read a sensitive record, such as an incident. */
    public void recordRead(CurrentUser reader, String subjectKind, UUID subjectId) {
        record(new AuditEvent(reader.organizationId(), reader.personId(), RECORD_READ, subjectKind, subjectId, null, false));
    }

    /** {@code reader} read a record of the care track; only care contacts will see this entry. */
    public void recordCareRead(CurrentUser reader, String subjectKind, UUID subjectId) {
        record(new AuditEvent(reader.organizationId(), reader.personId(), CARE_RECORD_READ, subjectKind, subjectId, null,
                true));
    }

    @EventListener
    void on(AdminAction action) {
        String kind = action.organizationId().equals(action.subjectId()) ? "ORGANIZATION" : null;
        record(new AuditEvent(action.organizationId(), action.actorId(), action.action(), kind, action.subjectId(),
                action.detail(), false));
    }

    /**
     * A page of the viewer's library's log, newest first. Admins only; care-track entries only for
     * care contacts. An actor or subject unknown to the library answers 404.
     */
    @Transactional(readOnly = true)
    public ListPage<AuditEntry> entries(CurrentUser viewer, AuditQuery query, @Nullable String cursor, int limit) {
        viewer.require(Role.ADMIN);
        boolean careTrack = seesCareTrack(viewer);
        UUID orgId = viewer.organizationId();
        if (query.action() != null && !AuditEvent.CODE.matcher(query.action()).matches()) {
            throw Problems.invalid("action", "privacy.audit.badAction");
        }
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw Problems.invalid("to", "privacy.audit.rangeBackwards");
        }
        Map<UUID, String> names = names(viewer);
        for (UUID id : new UUID[] {query.actorId(), query.subjectId()}) {
            if (id != null && !names.containsKey(id) && !entries.mentions(orgId, careTrack, id)) {
                throw Problems.notFound();
            }
        }
        OrganizationView org = directory.organization(orgId);
        ZoneId zone = org.zone();
        Instant from = query.from() == null ? null : query.from().atStartOfDay(zone).toInstant();
        Instant to = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant();
        int size = Math.max(1, Math.min(limit, ListPage.MAX_LIMIT));
        List<AuditEntries.Row> rows = entries.find(orgId, careTrack, query, from, to, decode(cursor), size + 1);
        List<AuditEntry> page = new ArrayList<>();
        for (AuditEntries.Row row : rows.subList(0, Math.min(size, rows.size()))) {
            page.add(new AuditEntry(row.id(), row.at(), row.actorId(), row.actorId() == null ? null : names.get(row.actorId()),
                    row.action(), row.subjectKind(), row.subjectId(),
                    row.subjectId() == null ? null : names.get(row.subjectId()), row.detail(), row.careTrack()));
        }
        String next = rows.size() > size ? encode(rows.get(size - 1).seq()) : null;
        return new ListPage<>(page, next);
    }

    /**
     * The care-track reads of one record, newest first, for a care contact (who need not be an
     * admin): the module showing the care track lists who has read it. Others answer 404.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> careReads(CurrentUser careContact, UUID subjectId) {
        if (!seesCareTrack(careContact)) {
            throw Problems.notFound();
        }
        Map<UUID, String> names = names(careContact);
        List<AuditEntry> reads = new ArrayList<>();
        for (AuditEntries.Row row : entries.find(careContact.organizationId(), true,
                new AuditQuery(CARE_RECORD_READ, null, subjectId, null, null), null, null, null, ListPage.MAX_LIMIT)) {
            reads.add(new AuditEntry(row.id(), row.at(), row.actorId(), row.actorId() == null ? null : names.get(row.actorId()),
                    row.action(), row.subjectKind(), row.subjectId(), null, row.detail(), row.careTrack()));
        }
        return reads;
    }

    /** The actions found in the part of the log the viewer sees, for the filter. */
    @Transactional(readOnly = true)
    public List<String> actions(CurrentUser viewer) {
        viewer.require(Role.ADMIN);
        return entries.actions(viewer.organizationId(), seesCareTrack(viewer));
    }

    public static boolean seesCareTrack(CurrentUser viewer) {
        return viewer.has(Role.CARE_CONTACT);
    }

    /** Names of the library's people, and of the library itself. */
    private Map<UUID, String> names(CurrentUser viewer) {
        Map<UUID, String> names = new HashMap<>();
        for (PersonView person : directory.people(viewer)) {
            names.put(person.id(), person.name());
        }
        names.put(viewer.organizationId(), directory.organization(viewer.organizationId()).name());
        return names;
    }

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("s:" + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static @Nullable Long decode(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("s:")) {
                return Long.parseLong(text.substring(2));
            }
        } catch (IllegalArgumentException malformed) {
            // answered below
        }
        throw Problems.invalid("cursor", "problem.badCursor");
    }
}
