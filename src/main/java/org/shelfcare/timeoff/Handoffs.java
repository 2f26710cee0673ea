package org.shelfcare.timeoff;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Handoff plans, their items and the departments' templates. Every query names the library. */
@Repository
class Handoffs {

    private static final String ITEM_COLUMNS = """
            id, request_id, kind, description, on_date, at_time, covering_id, answer, decline_reason, answered_at""";

    private final JdbcClient jdbc;

    Handoffs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored item; the colleague's name is looked up by the service. */
    record ItemRow(UUID id, UUID requestId, HandoffKind kind, String description, @Nullable LocalDate date,
            @Nullable LocalTime time, @Nullable UUID coveringId, HandoffStatus status, @Nullable String declineReason,
            @Nullable Instant answeredAt) {}

    record PlanRow(@Nullable String outOfOffice, @Nullable String keyContacts) {}

    record TemplateRow(UUID id, UUID departmentId, String name) {}

    // ---- plans ------------------------------------------------------------------------------------

    Optional<PlanRow> plan(UUID orgId, UUID requestId) {
        return jdbc.sql("SELECT out_of_office, key_contacts FROM timeoff_handoff_plan WHERE org_id = ? AND request_id = ?")
                .params(orgId, requestId)
                .query((rs, n) -> new PlanRow(rs.getString("out_of_office"), rs.getString("key_contacts"))).optional();
    }

    /** The plans of several requests, for the covering list. */
    Map<UUID, PlanRow> plans(UUID orgId, Collection<UUID> requestIds) {
        Map<UUID, PlanRow> plans = new LinkedHashMap<>();
        if (requestIds.isEmpty()) {
            return plans;
        }
        jdbc.sql("""
                SELECT request_id, out_of_office, key_contacts FROM timeoff_handoff_plan
                WHERE org_id = :org AND request_id IN (:ids)""")
                .param("org", orgId).param("ids", requestIds)
                .query((ResultSet rs) -> {
                    plans.put(rs.getObject("request_id", UUID.class),
                            new PlanRow(rs.getString("out_of_office"), rs.getString("key_contacts")));
                });
        return plans;
    }

    void savePlan(UUID orgId, UUID requestId, @Nullable String outOfOffice, @Nullable String keyContacts) {
        Timestamp now = Timestamp.from(Instant.now());
        int changed = jdbc.sql("""
                UPDATE timeoff_handoff_plan SET out_of_office = ?, key_contacts = ?, updated_at = ?
                WHERE org_id = ? AND request_id = ?""")
                .params(outOfOffice, keyContacts, now, orgId, requestId).update();
        if (changed == 0) {
            jdbc.sql("""
                    INSERT INTO timeoff_handoff_plan (request_id, org_id, out_of_office, key_contacts, updated_at)
                    VALUES (?, ?, ?, ?, ?)""").params(requestId, orgId, outOfOffice, keyContacts, now).update();
        }
    }

    // ---- items ------------------------------------------------------------------------------------

    List<ItemRow> items(UUID orgId, UUID requestId) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " " + """
                 FROM timeoff_handoff_item WHERE org_id = ? AND request_id = ? ORDER BY position, created_at""")
                .params(orgId, requestId).query(Handoffs::item).list();
    }

    /** The items of several requests, for the approver's list. */
    List<ItemRow> itemsOf(UUID orgId, Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " " + """
                 FROM timeoff_handoff_item WHERE org_id = :org AND request_id IN (:ids) ORDER BY position""")
                .param("org", orgId).param("ids", requestIds).query(Handoffs::item).list();
    }

    Optional<ItemRow> item(UUID orgId, UUID id) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM timeoff_handoff_item WHERE org_id = ? AND id = ?")
                .params(orgId, id).query(Handoffs::item).optional();
    }

    /** The items a colleague was asked to cover, of requests that still hold their days, soonest first. */
    List<ItemRow> coveredBy(UUID orgId, UUID personId) {
        return jdbc.sql("""
                SELECT i.id, i.request_id, i.kind, i.description, i.on_date, i.at_time, i.covering_id, i.answer,
                    i.decline_reason, i.answered_at
                FROM timeoff_handoff_item i JOIN timeoff_request r ON r.id = i.request_id AND r.org_id = i.org_id
                WHERE i.org_id = ? AND i.covering_id = ? AND r.status IN ('PENDING', 'APPROVED')
                ORDER BY r.start_date, i.on_date, i.at_time, i.position""")
                .params(orgId, personId).query(Handoffs::item).list();
    }

    /** Whether the person was asked to cover any item of the request. */
    boolean covers(UUID orgId, UUID requestId, UUID personId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM timeoff_handoff_item WHERE org_id = ? AND request_id = ? AND covering_id = ?""")
                .params(orgId, requestId, personId).query(Long.class).single() > 0;
    }

    int count(UUID orgId, UUID requestId) {
        return jdbc.sql("SELECT COUNT(*) FROM timeoff_handoff_item WHERE org_id = ? AND request_id = ?")
                .params(orgId, requestId).query(Integer.class).single();
    }

    /** The item added with this form token, if any. */
    Optional<UUID> itemWithToken(UUID orgId, UUID requestId, String formToken) {
        return jdbc.sql("SELECT id FROM timeoff_handoff_item WHERE org_id = ? AND request_id = ? AND form_token = ?")
                .params(orgId, requestId, formToken).query(UUID.class).optional();
    }

    void insertItem(UUID orgId, UUID requestId, UUID id, HandoffKind kind, String description, @Nullable LocalDate date,
            @Nullable LocalTime time, @Nullable UUID coveringId, @Nullable String formToken) {
        Timestamp now = Timestamp.from(Instant.now());
        int position = jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM timeoff_handoff_item WHERE org_id = ? AND request_id = ?")
                .params(orgId, requestId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO timeoff_handoff_item (id, org_id, request_id, position, kind, description, on_date, at_time,
                    covering_id, answer, form_token, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, orgId, requestId, position, kind.name(), description, date(date), time(time), coveringId,
                        coveringId == null ? null : HandoffStatus.ASKED.name(), formToken, now, now)
                .update();
    }

    /** Changes an item; a new colleague (or none) starts the answer over. */
    void changeItem(UUID orgId, UUID id, HandoffKind kind, String description, @Nullable LocalDate date,
            @Nullable LocalTime time, @Nullable UUID coveringId, boolean askAgain) {
        Timestamp now = Timestamp.from(Instant.now());
        if (askAgain) {
            jdbc.sql("""
                    UPDATE timeoff_handoff_item SET kind = ?, description = ?, on_date = ?, at_time = ?, covering_id = ?,
                        answer = ?, decline_reason = NULL, answered_at = NULL, updated_at = ?
                    WHERE org_id = ? AND id = ?""")
                    .params(kind.name(), description, date(date), time(time), coveringId,
                            coveringId == null ? null : HandoffStatus.ASKED.name(), now, orgId, id)
                    .update();
        } else {
            jdbc.sql("""
                    UPDATE timeoff_handoff_item SET kind = ?, description = ?, on_date = ?, at_time = ?, updated_at = ?
                    WHERE org_id = ? AND id = ?""")
                    .params(kind.name(), description, date(date), time(time), now, orgId, id).update();
        }
    }

    void answer(UUID orgId, UUID id, HandoffStatus answer, @Nullable String reason) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                UPDATE timeoff_handoff_item SET answer = ?, decline_reason = ?, answered_at = ?, updated_at = ?
                WHERE org_id = ? AND id = ?""")
                .params(answer.name(), reason, now, now, orgId, id).update();
    }

    void deleteItem(UUID orgId, UUID id) {
        jdbc.sql("DELETE FROM timeoff_handoff_item WHERE org_id = ? AND id = ?").params(orgId, id).update();
    }

    // ---- templates --------------------------------------------------------------------------------

    List<TemplateRow> templates(UUID orgId) {
        return jdbc.sql("SELECT id, department_id, name FROM timeoff_handoff_template WHERE org_id = ? ORDER BY name, created_at")
                .params(orgId).query(Handoffs::template).list();
    }

    Optional<TemplateRow> template(UUID orgId, UUID id) {
        return jdbc.sql("SELECT id, department_id, name FROM timeoff_handoff_template WHERE org_id = ? AND id = ?")
                .params(orgId, id).query(Handoffs::template).optional();
    }

    List<HandoffTemplate.Item> templateItems(UUID templateId) {
        return jdbc.sql("SELECT kind, description FROM timeoff_handoff_template_item WHERE template_id = ? ORDER BY position")
                .params(templateId)
                .query((rs, n) -> new HandoffTemplate.Item(HandoffKind.valueOf(rs.getString("kind")),
                        rs.getString("description"))).list();
    }

    void insertTemplate(UUID orgId, UUID id, UUID departmentId, String name, List<HandoffTemplate.Item> items) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO timeoff_handoff_template (id, org_id, department_id, name, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""").params(id, orgId, departmentId, name, now, now).update();
        insertTemplateItems(id, items);
    }

    void changeTemplate(UUID orgId, UUID id, UUID departmentId, String name, List<HandoffTemplate.Item> items) {
        jdbc.sql("UPDATE timeoff_handoff_template SET department_id = ?, name = ?, updated_at = ? WHERE org_id = ? AND id = ?")
                .params(departmentId, name, Timestamp.from(Instant.now()), orgId, id).update();
        jdbc.sql("DELETE FROM timeoff_handoff_template_item WHERE template_id = ?").params(id).update();
        insertTemplateItems(id, items);
    }

    void deleteTemplate(UUID orgId, UUID id) {
        jdbc.sql("DELETE FROM timeoff_handoff_template WHERE org_id = ? AND id = ?").params(orgId, id).update();
    }

    private void insertTemplateItems(UUID templateId, List<HandoffTemplate.Item> items) {
        int position = 1;
        for (HandoffTemplate.Item item : items) {
            jdbc.sql("INSERT INTO timeoff_handoff_template_item (template_id, position, kind, description) VALUES (?, ?, ?, ?)")
                    .params(templateId, position++, item.kind().name(), item.description()).update();
        }
    }

    // ---- mapping ----------------------------------------------------------------------------------

    private static @Nullable Date date(@Nullable LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }

    private static @Nullable Time time(@Nullable LocalTime value) {
        return value == null ? null : Time.valueOf(value);
    }

    private static ItemRow item(ResultSet rs, int n) throws SQLException {
        Date date = rs.getDate("on_date");
        Time time = rs.getTime("at_time");
        String answer = rs.getString("answer");
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        UUID covering = rs.getObject("covering_id", UUID.class);
        return new ItemRow(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
                HandoffKind.valueOf(rs.getString("kind")), rs.getString("description"),
                date == null ? null : date.toLocalDate(), time == null ? null : time.toLocalTime(), covering,
                covering == null || answer == null ? HandoffStatus.UNASSIGNED : HandoffStatus.valueOf(answer),
                rs.getString("decline_reason"), answeredAt == null ? null : answeredAt.toInstant());
    }

    private static TemplateRow template(ResultSet rs, int n) throws SQLException {
        return new TemplateRow(rs.getObject("id", UUID.class), rs.getObject("department_id", UUID.class),
                rs.getString("name"));
    }
}
