package org.shelfcare.wellbeing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Journal entry rows, and the library's own prompts. Every entry query names the library and the
 * person: an entry is only ever read by its owner, so there is no query by id alone and none
 * across people.
 */
@Repository
class JournalEntries {

    static final String TABLE = "wellbeing_journal_entry";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String TAGS = "tags";
    static final String PROMPT = "prompt";

    private static final String COLUMNS = "id, title, body, tags, prompt, created_at, updated_at";

    private final JdbcClient jdbc;

    JournalEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored row; its text is still sealed. */
    record Row(UUID id, @Nullable String title, String body, @Nullable String tags, @Nullable String prompt,
            Instant createdAt, Instant updatedAt) {}

    /** One of the library's own prompts. */
    record PromptRow(UUID id, String text, Instant createdAt) {}

    void insert(UUID orgId, UUID personId, UUID id, @Nullable String title, String body, @Nullable String tags,
            @Nullable String prompt) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO wellbeing_journal_entry (id, org_id, person_id, title, body, tags, prompt, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, orgId, personId, title, body, tags, prompt, now, now).update();
    }

    boolean update(UUID orgId, UUID personId, UUID id, @Nullable String title, String body, @Nullable String tags,
            @Nullable String prompt) {
        return jdbc.sql("""
                UPDATE wellbeing_journal_entry SET title = ?, body = ?, tags = ?, prompt = ?, updated_at = ?
                WHERE id = ? AND org_id = ? AND person_id = ?""")
                .params(title, body, tags, prompt, Timestamp.from(Instant.now()), id, orgId, personId).update() == 1;
    }

    boolean delete(UUID orgId, UUID personId, UUID id) {
        return jdbc.sql("DELETE FROM wellbeing_journal_entry WHERE id = ? AND org_id = ? AND person_id = ?")
                .params(id, orgId, personId).update() == 1;
    }

    Optional<Row> find(UUID orgId, UUID personId, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wellbeing_journal_entry WHERE id = ? AND org_id = ? AND person_id = ?")
                .params(id, orgId, personId).query(JournalEntries::map).optional();
    }

    /** The person's entries, newest first. */
    List<Row> all(UUID orgId, UUID personId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM wellbeing_journal_entry WHERE org_id = ? AND person_id = ?
                ORDER BY created_at DESC, id""")
                .params(orgId, personId).query(JournalEntries::map).list();
    }

    void insertPrompt(UUID orgId, UUID id, String text) {
        jdbc.sql("INSERT INTO wellbeing_journal_prompt (id, org_id, prompt_text, created_at) VALUES (?, ?, ?, ?)")
                .params(id, orgId, text, Timestamp.from(Instant.now())).update();
    }

    boolean deletePrompt(UUID orgId, UUID id) {
        return jdbc.sql("DELETE FROM wellbeing_journal_prompt WHERE id = ? AND org_id = ?").params(id, orgId).update() == 1;
    }

    Optional<PromptRow> findPrompt(UUID orgId, UUID id) {
        return jdbc.sql("SELECT id, prompt_text, created_at FROM wellbeing_journal_prompt WHERE id = ? AND org_id = ?")
                .params(id, orgId).query(JournalEntries::mapPrompt).optional();
    }

    /** The library's own prompts, oldest first. */
    List<PromptRow> prompts(UUID orgId) {
        return jdbc.sql("SELECT id, prompt_text, created_at FROM wellbeing_journal_prompt WHERE org_id = ? ORDER BY created_at, id")
                .param(orgId).query(JournalEntries::mapPrompt).list();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("body"), rs.getString("tags"),
                rs.getString("prompt"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static PromptRow mapPrompt(ResultSet rs, int n) throws SQLException {
        return new PromptRow(rs.getObject("id", UUID.class), rs.getString("prompt_text"),
                rs.getTimestamp("created_at").toInstant());
    }
}
