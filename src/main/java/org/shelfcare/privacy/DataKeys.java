package org.shelfcare.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Wrapped data keys, by owner. A destroyed key keeps its row (so its id is known) but not its key. */
@Repository
class DataKeys {

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getObject("id", UUID.class),
            new KeyOwner(rs.getObject("org_id", UUID.class), rs.getObject("owner_id", UUID.class),
                    KeyOwner.Kind.valueOf(rs.getString("owner_kind"))),
            rs.getString("master_key_id"), rs.getBytes("wrapped_key"));

    private final JdbcClient jdbc;

    DataKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, KeyOwner owner, String masterKeyId, byte @Nullable [] wrappedKey) {

        boolean destroyed() {
            return wrappedKey == null;
        }
    }

    /** The owner's oldest live key wrapped by the given master key, which new text is sealed with. */
    Optional<Row> current(KeyOwner owner, String masterKeyId) {
        return jdbc.sql("""
                SELECT * FROM privacy_data_key
                WHERE org_id = ? AND owner_kind = ? AND owner_id = ? AND master_key_id = ? AND destroyed_at IS NULL
                ORDER BY created_at, id LIMIT 1""")
                .params(owner.organizationId(), owner.kind().name(), owner.ownerId(), masterKeyId)
                .query(ROW).optional();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT * FROM privacy_data_key WHERE id = ?").param(id).query(ROW).optional();
    }

    void insert(UUID id, KeyOwner owner, String masterKeyId, byte[] wrappedKey) {
        jdbc.sql("""
                INSERT INTO privacy_data_key (id, org_id, owner_id, owner_kind, master_key_id, wrapped_key, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, owner.organizationId(), owner.ownerId(), owner.kind().name(), masterKeyId, wrappedKey,
                        Timestamp.from(Instant.now()))
                .update();
    }

    /** Erases every live key of the owner; answers how many. */
    int destroy(KeyOwner owner) {
        return jdbc.sql("""
                UPDATE privacy_data_key SET wrapped_key = NULL, destroyed_at = ?
                WHERE org_id = ? AND owner_kind = ? AND owner_id = ? AND destroyed_at IS NULL""")
                .params(Timestamp.from(Instant.now()), owner.organizationId(), owner.kind().name(), owner.ownerId())
                .update();
    }

    /** Live keys wrapped by the given master key. */
    List<Row> wrappedBy(String masterKeyId) {
        return jdbc.sql("SELECT * FROM privacy_data_key WHERE master_key_id = ? AND destroyed_at IS NULL")
                .param(masterKeyId).query(ROW).list();
    }

    void rewrap(UUID id, String fromMasterKeyId, String toMasterKeyId, byte[] wrappedKey) {
        jdbc.sql("""
                UPDATE privacy_data_key SET master_key_id = ?, wrapped_key = ?
                WHERE id = ? AND master_key_id = ? AND destroyed_at IS NULL""")
                .params(toMasterKeyId, wrappedKey, id, fromMasterKeyId).update();
    }
}
