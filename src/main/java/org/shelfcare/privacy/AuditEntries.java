package org.shelfcare.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log's rows, newest first; paging by sequence number keeps pages stable as entries arrive. */
@Repository
class AuditEntries {

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long seq, UUID id, Instant at, @Nullable UUID actorId, String action, @Nullable String subjectKind,
            @Nullable UUID subjectId, @Nullable String detail, boolean careTrack) {}

    void insert(AuditEvent event, Instant at) {
        jdbc.sql("""
                INSERT INTO audit_entry (id, org_id, at, actor_id, action, subject_kind, subject_id, detail, care_track)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), event.organizationId(), Timestamp.from(at), event.actorId(), event.action(),
                        event.subjectKind(), event.subjectId(), event.detail(), event.careTrack())
                .update();
    }

    /**
     * Up to {@code limit} entries of the library older than {@code beforeSeq}, matching the filters.
     *
     * @param toExclusive the first instant no longer included
     */
    List<Row> find(UUID orgId, boolean withCareTrack, AuditQuery query, @Nullable Instant fromInclusive,
            @Nullable Instant toExclusive, @Nullable Long beforeSeq, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE org_id = ?");
        List<Object> params = new ArrayList<>(List.of(orgId));
        if (!withCareTrack) {
            sql.append(" AND care_track = FALSE");
        }
        if (query.action() != null) {
            sql.append(" AND action = ?");
            params.add(query.action());
        }
        if (query.actorId() != null) {
            sql.append(" AND actor_id = ?");
            params.add(query.actorId());
        }
        if (query.subjectId() != null) {
            sql.append(" AND subject_id = ?");
            params.add(query.subjectId());
        }
        if (fromInclusive != null) {
            sql.append(" AND at >= ?");
            params.add(Timestamp.from(fromInclusive));
        }
        if (toExclusive != null) {
            sql.append(" AND at < ?");
            params.add(Timestamp.from(toExclusive));
        }
        if (beforeSeq != null) {
            sql.append(" AND seq < ?");
            params.add(beforeSeq);
        }
        sql.append(" ORDER BY seq DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Row(rs.getLong("seq"),
                rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class),
                rs.getString("action"), rs.getString("subject_kind"), rs.getObject("subject_id", UUID.class),
                rs.getString("detail"), rs.getBoolean("care_track"))).list();
    }

    /** The actions the viewer can find in the library's log, for the filter. */
    List<String> actions(UUID orgId, boolean withCareTrack) {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry WHERE org_id = ?"
                + (withCareTrack ? "" : " AND care_track = FALSE") + " ORDER BY action")
                .param(orgId).query(String.class).list();
    }

    /** Whether the id appears as actor or subject in the part of the library's log the viewer sees. */
    boolean mentions(UUID orgId, boolean withCareTrack, UUID id) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE org_id = ? AND (actor_id = ? OR subject_id = ?)"
                + (withCareTrack ? "" : " AND care_track = FALSE"))
                .params(orgId, id, id).query(Integer.class).single() > 0;
    }
}
