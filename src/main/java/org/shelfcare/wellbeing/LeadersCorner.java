package org.shelfcare.wellbeing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaders' corner: supervisors, wellness leads and admins write short reflections on their own
 * wellbeing ("Model Vulnerability as Leaders"), so that talking about it becomes normal.
 * <p>
 * Who reads a post: a TEAM post, everyone who reports to its author directly or through other
 * supervisors; a LIBRARY post, everyone in the library. The author always reads their own. Anyone
 * else, and anyone in another library, gets 404. Only the author changes or deletes a post; a reader
 * who tries gets 403. Posts are meant to be read, so they are plain text, not sealed.
 */
@Service
@Transactional
public class LeadersCorner {

    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 1_000;
    /** How many posts the wellbeing home shows. */
    public static final int ON_HOME = 3;
    /** How many posts the leaders' corner page and the API list at most. */
    public static final int LISTED = 200;
    /** A guard against a supervisor loop in the directory. */
    private static final int CHAIN_MAX = 25;

    private final LeaderPosts posts;
    private final DirectoryManagement directory;

    LeadersCorner(LeaderPosts posts, DirectoryManagement directory) {
        this.posts = posts;
        this.directory = directory;
    }

    /** Supervisors, wellness leads and admins may post. */
    public static boolean mayPost(CurrentUser person) {
        return person.has(Role.SUPERVISOR) || person.has(Role.WELLNESS_LEAD) || person.isAdmin();
    }

    /** The audience a new post starts with: the team for a supervisor, else the library. */
    public static LeaderAudience defaultAudience(CurrentUser person) {
        return person.has(Role.SUPERVISOR) ? LeaderAudience.TEAM : LeaderAudience.LIBRARY;
    }

    /** Every post the reader may see, their own included, newest first. */
    @Transactional(readOnly = true)
    public List<LeaderPost> visible(CurrentUser reader) {
        return views(reader, posts.visible(reader.organizationId(), reader.personId(), leadersOf(reader), true, LISTED));
    }

    /** The newest few posts of the reader's leaders (not their own), for the wellbeing home. */
    @Transactional(readOnly = true)
    public List<LeaderPost> fromMyLeaders(CurrentUser reader) {
        return views(reader, posts.visible(reader.organizationId(), reader.personId(), leadersOf(reader), false, ON_HOME));
    }

    /** One post the reader may see; 404 otherwise. */
    @Transactional(readOnly = true)
    public LeaderPost post(CurrentUser reader, UUID id) {
        return views(reader, List.of(visibleRow(reader, id))).get(0);
    }

    /** One of the reader's own posts, to change or delete: 404 when they cannot see it, 403 when it is not theirs. */
    @Transactional(readOnly = true)
    public LeaderPost ownPost(CurrentUser author, UUID id) {
        LeaderPost post = post(author, id);
        if (!post.mine()) {
            throw Problems.forbidden();
        }
        return post;
    }

    /** Posts a reflection; answers its id. People who may not post get 403. */
    public UUID write(CurrentUser author, LeaderPostDraft draft) {
        return write(author, draft, Instant.now());
    }

    /** Posts a reflection dated {@code at} (the sample library's made-up history). */
    UUID write(CurrentUser author, LeaderPostDraft draft, Instant at) {
        if (!mayPost(author)) {
            throw Problems.forbidden();
        }
        Checked checked = check(author, draft);
        UUID id = UUID.randomUUID();
        posts.insert(author.organizationId(), author.personId(), id, checked.title(), checked.body(),
                checked.audience(), at);
        return id;
    }

    public LeaderPost change(CurrentUser author, UUID id, LeaderPostDraft draft) {
        ownPost(author, id);
        Checked checked = check(author, draft);
        if (!posts.update(author.organizationId(), author.personId(), id, checked.title(), checked.body(),
                checked.audience())) {
            throw Problems.notFound();
        }
        return post(author, id);
    }

    public void delete(CurrentUser author, UUID id) {
        ownPost(author, id);
        if (!posts.delete(author.organizationId(), author.personId(), id)) {
            throw Problems.notFound();
        }
    }

    // ---- visibility ------------------------------------------------------------------------------

    private LeaderPosts.Row visibleRow(CurrentUser reader, UUID id) {
        LeaderPosts.Row row = posts.find(reader.organizationId(), id).orElseThrow(Problems::notFound);
        boolean sees = row.audience() == LeaderAudience.LIBRARY || row.authorId().equals(reader.personId())
                || leadersOf(reader).contains(row.authorId());
        if (!sees) {
            throw Problems.notFound();
        }
        return row;
    }

    /** The reader's supervisor, their supervisor, and so on up: the people whose TEAM posts they read. */
    private Set<UUID> leadersOf(CurrentUser reader) {
        Set<UUID> chain = new LinkedHashSet<>();
        UUID next = directory.person(reader, reader.personId()).supervisorId();
        while (next != null && chain.size() < CHAIN_MAX && !next.equals(reader.personId()) && chain.add(next)) {
            next = directory.person(reader, next).supervisorId();
        }
        return chain;
    }

    private List<LeaderPost> views(CurrentUser reader, List<LeaderPosts.Row> rows) {
        Map<UUID, String> names = new HashMap<>();
        List<LeaderPost> views = new ArrayList<>(rows.size());
        for (LeaderPosts.Row row : rows) {
            String name = names.computeIfAbsent(row.authorId(), authorId -> directory.person(reader, authorId).name());
            views.add(new LeaderPost(row.id(), row.authorId(), name, row.title(), row.body(), row.audience(),
                    row.createdAt(), row.updatedAt(), row.createdAt().atZone(reader.zone()).toLocalDate(),
                    row.authorId().equals(reader.personId())));
        }
        return views;
    }

    // ---- checks ----------------------------------------------------------------------------------

    private record Checked(@Nullable String title, String body, LeaderAudience audience) {}

    private static Checked check(CurrentUser author, LeaderPostDraft draft) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String title = draft.title() == null ? null : draft.title().strip();
        if (title != null && title.isEmpty()) {
            title = null;
        }
        if (title != null && title.codePointCount(0, title.length()) > TITLE_MAX) {
            errors.add(new InvalidInput.FieldError("title", "validation.tooLong", new Object[] {TITLE_MAX}));
        }
        String body = draft.body() == null ? "" : draft.body().strip();
        if (body.isEmpty()) {
            errors.add(new InvalidInput.FieldError("body", "wellbeing.leaders.empty", new Object[0]));
        } else if (body.codePointCount(0, body.length()) > BODY_MAX) {
            errors.add(new InvalidInput.FieldError("body", "validation.tooLong", new Object[] {BODY_MAX}));
        }
        LeaderAudience audience = defaultAudience(author);
        String chosen = draft.audience() == null ? "" : draft.audience().strip();
        if (!chosen.isEmpty()) {
            try {
                audience = LeaderAudience.valueOf(chosen.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(new InvalidInput.FieldError("audience", "wellbeing.leaders.badAudience", new Object[0]));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(title, body, audience);
    }
}
