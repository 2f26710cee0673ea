package org.shelfcare.wellbeing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.privacy.KeyOwner;
import org.shelfcare.privacy.Sealed;
import org.shelfcare.privacy.SealedField;
import org.shelfcare.privacy.SealedText;
import org.shelfcare.privacy.SealedTextUnreadable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The link from a joy entry to its wall post, kept sealed in the entry's {@code wall_link} under the
 * author's key: the author finds their post (to withdraw it, or to see that it was hidden), and
 * nobody else can connect an anonymous post to its author, admins and database readers included.
 * Named and anonymous shares are linked the same way, so the link says nothing about which it is.
 */
@Component
class WallLinks {

    static final String COLUMN = "wall_link";
    private static final UUID NOT_SHARED = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final SealedText sealedText;
    private final TransactionTemplate apart;

    WallLinks(JdbcClient jdbc, SealedText sealedText, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.sealedText = sealedText;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    void link(CurrentUser author, UUID entryId, UUID postId) {
        store(author, entryId, sealedText.seal(KeyOwner.of(author), field(entryId), postId.toString()).text());
    }

    /**
     * Marks the entry as not shared. The mark is sealed and as long as a link, so that the column
     * does not tell shared entries from the others; every joy entry gets one when it is written.
     */
    void unlink(CurrentUser author, UUID entryId) {
        link(author, entryId, NOT_SHARED);
    }

    /** The post the author's joy entry is shared as, if any. */
    Optional<UUID> post(CurrentUser author, UUID entryId) {
        return jdbc.sql("""
                SELECT wall_link FROM wellbeing_reflection
                WHERE id = ? AND org_id = ? AND person_id = ? AND kind = 'JOY' AND wall_link IS NOT NULL""")
                .params(entryId, author.organizationId(), author.personId()).query(String.class).optional()
                .flatMap(link -> open(author, entryId, link));
    }

    /** Every post of the author's, by the joy entry it was shared from. */
    Map<UUID, UUID> posts(CurrentUser author) {
        Map<UUID, UUID> posts = new HashMap<>();
        jdbc.sql("""
                SELECT id, wall_link FROM wellbeing_reflection
                WHERE org_id = ? AND person_id = ? AND kind = 'JOY' AND wall_link IS NOT NULL""")
                .params(author.organizationId(), author.personId()).query(rs -> {
                    UUID entryId = rs.getObject("id", UUID.class);
                    open(author, entryId, rs.getString("wall_link")).ifPresent(post -> posts.put(entryId, post));
                });
        return posts;
    }

    private void store(CurrentUser author, UUID entryId, String link) {
        jdbc.sql("UPDATE wellbeing_reflection SET wall_link = ? WHERE id = ? AND org_id = ? AND person_id = ? AND kind = 'JOY'")
                .params(link, entryId, author.organizationId(), author.personId()).update();
    }

    /**
     * Opens a link apart from the caller's transaction, so that a link that can no longer be read
     * (its key destroyed with the account) spoils nothing else: it reads as not shared.
     */
    private Optional<UUID> open(CurrentUser author, UUID entryId, String link) {
        Optional<UUID> post = apart.execute(status -> {
            try {
                return Optional.of(UUID.fromString(sealedText.open(KeyOwner.of(author), field(entryId), Sealed.of(link))));
            } catch (SealedTextUnreadable gone) {
                return Optional.<UUID>empty();
            }
        });
        return post == null ? Optional.empty() : post.filter(id -> !NOT_SHARED.equals(id));
    }

    private static SealedField field(UUID entryId) {
        return SealedField.of(ReflectionEntries.TABLE, COLUMN, entryId);
    }
}
