package org.shelfcare.timeoff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A library's leave types, in the order of {@link LeaveType#CODES}. */
@Repository
class LeaveTypes {

    private final JdbcClient jdbc;

    LeaveTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertDefaults(UUID orgId) {
        List<LeaveType> defaults = LeaveType.defaults();
        for (int i = 0; i < defaults.size(); i++) {
            LeaveType type = defaults.get(i);
            jdbc.sql("""
                    INSERT INTO timeoff_leave_type (org_id, code, position, needs_approval, notice_days, note_allowed, private_type)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(orgId, type.code(), i + 1, type.needsApproval(), type.noticeDays(), type.noteAllowed(),
                            type.privateType())
                    .update();
        }
    }

    List<LeaveType> all(UUID orgId) {
        return jdbc.sql("""
                SELECT code, needs_approval, notice_days, note_allowed, private_type FROM timeoff_leave_type
                WHERE org_id = ? ORDER BY position""")
                .param(orgId).query((rs, n) -> new LeaveType(rs.getString("code"), rs.getBoolean("needs_approval"),
                        rs.getInt("notice_days"), rs.getBoolean("note_allowed"), rs.getBoolean("private_type")))
                .list();
    }

    Optional<LeaveType> find(UUID orgId, String code) {
        return all(orgId).stream().filter(t -> t.code().equals(code)).findFirst();
    }

    boolean update(UUID orgId, LeaveType type) {
        return jdbc.sql("""
                UPDATE timeoff_leave_type SET needs_approval = ?, notice_days = ?, note_allowed = ?, private_type = ?
                WHERE org_id = ? AND code = ?""")
                .params(type.needsApproval(), type.noticeDays(), type.noteAllowed(), type.privateType(), orgId,
                        type.code())
                .update() == 1;
    }
}
