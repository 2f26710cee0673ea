package org.shelfcare.wellbeing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PeopleAdministration;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.Unit;
import org.shelfcare.privacy.AnonymityGuard;
import org.shelfcare.web.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Joy Wall: a person shares one of their own joy entries with their branch, their department
 * or the whole library, with their name or anonymously; colleagues who see the wall react; wellness
 * leads and admins hide a post with a reason, which its author sees.
 * <p>
 * A post's audience is everyone who sees its wall: the active people of the branch (home or other
 * branch) or department, or of the whole library, the author included. Wellness leads and admins
 * also see every branch's and department's wall, so that they can look after it. Anonymous posts
 * need an audience of at least k people, store no author, and are found again by their author only
 * through the sealed link on the private entry ({@link WallLinks}).
 */
@Service
@Transactional
public class JoyWall {

    /** The most posts a wall shows at once. */
    public static final int WALL_SIZE = 200;
    public static final int REASON_MAX = 500;

    private final Reflections reflections;
    private final WallPosts posts;
    private final WallLinks links;
    private final DirectoryManagement directory;
    private final PeopleAdministration people;

    JoyWall(Reflections reflections, WallPosts posts, WallLinks links, DirectoryManagement directory,
            PeopleAdministration people) {
        this.reflections = reflections;
        this.posts = posts;
        this.links = links;
        this.directory = directory;
        this.people = people;
    }

    /** Wellness leads and admins look after the wall: they see every wall, hide and unhide posts. */
    public static boolean moderates(CurrentUser person) {
        return person.has(Role.WELLNESS_LEAD) || person.isAdmin();
    }

    /** The library's k: the smallest audience an anonymous post may have. */
    @Transactional(readOnly = true)
    public int threshold(CurrentUser person) {
        return AnonymityGuard.threshold(directory.organization(person.organizationId()));
    }

    // ---- sharing ----------------------------------------------------------------------------------

    /** The walls the person may share to: the library, each of their branches, their department. */
    @Transactional(readOnly = true)
    public List<WallAudienceChoice> choices(CurrentUser person) {
        int k = threshold(person);
        Membership member = membership(person);
        List<WallAudienceChoice> choices = new ArrayList<>();
        int everyone = people.colleagues(person, null).size();
        choices.add(new WallAudienceChoice(WallAudience.LIBRARY, null, null, everyone,
                AnonymityGuard.allowsAnonymousPosting(k, everyone)));
        Map<UUID, String> branches = names(directory.branches(person.organizationId()));
        for (UUID branch : member.branches()) {
            int size = audience(person, WallAudience.BRANCH, branch);
            choices.add(new WallAudienceChoice(WallAudience.BRANCH, branch, branches.get(branch), size,
                    AnonymityGuard.allowsAnonymousPosting(k, size)));
        }
        if (member.department() != null) {
            int size = audience(person, WallAudience.DEPARTMENT, member.department());
            choices.add(new WallAudienceChoice(WallAudience.DEPARTMENT, member.department(),
                    names(directory.departments(person.organizationId())).get(member.department()), size,
                    AnonymityGuard.allowsAnonymousPosting(k, size)));
        }
        return choices;
    }

    /**
     * Shares a copy of the person's joy entry; answers the post's id. Another person's entry answers
     * 404, a unit of another library 404, a branch or department the person is not part of 403, an
     * entry already on the wall 409, and an anonymous post to fewer than k people 400 with the counts.
     */
    public UUID share(CurrentUser person, UUID entryId, ShareRequest request) {
        Reflection entry = reflections.own(person, ReflectionKind.JOY, entryId);
        if (entry.text() == null) {
            throw Problems.conflict("wellbeing.wall.unreadable");
        }
        if (shareOf(person, entryId).isPresent()) {
            throw Problems.conflict("wellbeing.wall.alreadyShared");
        }
        WallAudience audience = WallAudience.LIBRARY;
        try {
            audience = WallAudience.valueOf(Objects.requireNonNullElse(request.audience(), "").strip());
        } catch (IllegalArgumentException unknown) {
            throw Problems.invalid("audience", "wellbeing.wall.audienceRequired");
        }
        UUID unit = unit(person, audience, request.unitId());
        if (request.anonymous()) {
            int k = threshold(person);
            int size = audience(person, audience, unit);
            if (!AnonymityGuard.allowsAnonymousPosting(k, size)) {
                throw Problems.invalid("anonymous", "wellbeing.wall.tooSmall", size, k);
            }
        }
        UUID postId = UUID.randomUUID();
        LocalDate today = LocalDate.now(directory.organization(person.organizationId()).zone());
        posts.insert(person.organizationId(), postId, audience, unit, request.anonymous() ? null : person.personId(),
                entry.text(), today);
        links.link(person, entryId, postId);
        return postId;
    }

    /** Takes the person's entry off the wall (the post, its reactions); 404 when it is not shared. */
    public void withdraw(CurrentUser person, UUID entryId) {
        reflections.own(person, ReflectionKind.JOY, entryId);
        UUID postId = links.post(person, entryId).orElseThrow(Problems::notFound);
        links.unlink(person, entryId);
        if (!posts.delete(person.organizationId(), postId)) {
            throw Problems.notFound();
        }
    }

    /** Where the person's own joy entry is shared, if it is; another person's entry answers 404. */
    @Transactional(readOnly = true)
    public Optional<JoyShare> shareOf(CurrentUser person, UUID entryId) {
        reflections.own(person, ReflectionKind.JOY, entryId);
        return links.post(person, entryId).flatMap(post -> posts.find(person.organizationId(), post))
                .map(row -> share(person, row));
    }

    /** Where each of the person's shared joy entries is, by entry id. */
    @Transactional(readOnly = true)
    public Map<UUID, JoyShare> shares(CurrentUser person) {
        Map<UUID, UUID> linked = links.posts(person);
        Map<UUID, WallPosts.Row> rows = posts.all(person.organizationId(), linked.values()).stream()
                .collect(Collectors.toMap(WallPosts.Row::id, row -> row));
        Map<UUID, JoyShare> shares = new HashMap<>();
        linked.forEach((entry, post) -> {
            WallPosts.Row row = rows.get(post);
            if (row != null) {
                shares.put(entry, share(person, row));
            }
        });
        return shares;
    }

    // ---- the wall ---------------------------------------------------------------------------------

    /**
     * One wall, newest first: the library's, the viewer's branches' (or one of them) or their
     * department's. Wellness leads and admins see every branch and department, hidden posts too.
     * A unit of another library, or one the viewer does not see, answers 404.
     */
    @Transactional(readOnly = true)
    public List<WallPost> wall(CurrentUser viewer, WallAudience scope, @Nullable UUID unitId) {
        boolean moderator = moderates(viewer);
        Collection<UUID> units = null;
        if (scope != WallAudience.LIBRARY) {
            Membership member = membership(viewer);
            Set<UUID> mine = scope == WallAudience.BRANCH ? member.branches()
                    : member.department() == null ? Set.of() : Set.of(member.department());
            if (unitId != null) {
                if (!units(viewer, scope).containsKey(unitId) || (!moderator && !mine.contains(unitId))) {
                    throw Problems.notFound();
                }
                units = Set.of(unitId);
            } else if (!moderator) {
                units = mine;
            }
        }
        return views(viewer, posts.wall(viewer.organizationId(), scope, units, moderator, WALL_SIZE));
    }

    /** One post the viewer sees; others, and another library's, answer 404. */
    @Transactional(readOnly = true)
    public WallPost post(CurrentUser viewer, UUID postId) {
        return views(viewer, List.of(visible(viewer, postId))).get(0);
    }

    /** Gives ({@code on}) or takes back a reaction; a post the viewer does not see, or a hidden one, answers 404. */
    public WallPost react(CurrentUser viewer, UUID postId, WallReaction reaction, boolean on) {
        WallPosts.Row row = visible(viewer, postId);
        if (row.hiddenReason() != null) {
            throw Problems.notFound();
        }
        if (on) {
            posts.react(viewer.organizationId(), postId, viewer.personId(), reaction);
        } else {
            posts.unreact(viewer.organizationId(), postId, viewer.personId(), reaction);
        }
        return post(viewer, postId);
    }

    /** Gives the reaction, or takes it back when the viewer had given it. */
    public WallPost toggle(CurrentUser viewer, UUID postId, WallReaction reaction) {
        visible(viewer, postId);
        return react(viewer, postId, reaction,
                !posts.reacted(viewer.organizationId(), postId, viewer.personId(), reaction));
    }

    /** Wellness leads and admins take a post off the wall, with a reason its author sees (others 403). */
    public void hide(CurrentUser moderator, UUID postId, @Nullable String reason) {
        moderated(moderator, postId);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw Problems.invalid("reason", "wellbeing.wall.reasonRequired");
        }
        if (text.codePointCount(0, text.length()) > REASON_MAX) {
            throw Problems.invalid("reason", "validation.tooLong", REASON_MAX);
        }
        posts.hide(moderator.organizationId(), postId, text);
    }

    public void unhide(CurrentUser moderator, UUID postId) {
        moderated(moderator, postId);
        posts.hide(moderator.organizationId(), postId, null);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    /** The branches (home and others) and department the person works in. */
    private record Membership(Set<UUID> branches, @Nullable UUID department) {}

    private Membership membership(CurrentUser person) {
        PeopleAdministration.Colleague self = people.colleague(person, person.personId());
        Set<UUID> branches = new LinkedHashSet<>();
        if (self.person().branchId() != null) {
            branches.add(self.person().branchId());
        }
        self.otherBranches().forEach(branch -> branches.add(branch.id()));
        return new Membership(branches, self.person().departmentId());
    }

    /** Active people who see the wall, the viewer included. */
    private int audience(CurrentUser person, WallAudience audience, @Nullable UUID unit) {
        return switch (audience) {
            case LIBRARY -> people.colleagues(person, null).size();
            case BRANCH -> people.colleaguesAt(person, Objects.requireNonNull(unit)).size();
            case DEPARTMENT -> (int) people.colleagues(person, null).stream()
                    .filter(p -> Objects.equals(unit, p.departmentId())).count();
        };
    }

    /** The unit a share goes to, checked: the person's own branch or department. */
    private @Nullable UUID unit(CurrentUser person, WallAudience audience, @Nullable UUID requested) {
        if (audience == WallAudience.LIBRARY) {
            return null;
        }
        if (requested != null && !units(person, audience).containsKey(requested)) {
            throw Problems.notFound();
        }
        Membership member = membership(person);
        Set<UUID> mine = audience == WallAudience.BRANCH ? member.branches()
                : member.department() == null ? Set.of() : Set.of(member.department());
        if (mine.isEmpty()) {
            throw Problems.invalid("audience", audience == WallAudience.BRANCH ? "wellbeing.wall.noBranch"
                    : "wellbeing.wall.noDepartment");
        }
        if (requested == null) {
            if (mine.size() > 1) {
                throw Problems.invalid("unitId", "wellbeing.wall.branchRequired");
            }
            return mine.iterator().next();
        }
        if (!mine.contains(requested)) {
            throw Problems.forbidden();
        }
        return requested;
    }

    private Map<UUID, String> units(CurrentUser person, WallAudience audience) {
        return switch (audience) {
            case LIBRARY -> Map.of();
            case BRANCH -> names(directory.branches(person.organizationId()));
            case DEPARTMENT -> names(directory.departments(person.organizationId()));
        };
    }

    private static Map<UUID, String> names(List<Unit> units) {
        return units.stream().collect(Collectors.toMap(Unit::id, Unit::name));
    }

    private WallPosts.Row visible(CurrentUser viewer, UUID postId) {
        WallPosts.Row row = posts.find(viewer.organizationId(), postId).orElseThrow(Problems::notFound);
        if (!sees(viewer, row)) {
            throw Problems.notFound();
        }
        return row;
    }

    private boolean sees(CurrentUser viewer, WallPosts.Row row) {
        if (moderates(viewer)) {
            return true;
        }
        if (row.hiddenReason() != null) {
            return false;
        }
        Membership member = row.audience() == WallAudience.LIBRARY ? null : membership(viewer);
        return switch (row.audience()) {
            case LIBRARY -> true;
            case BRANCH -> Objects.requireNonNull(member).branches().contains(row.unitId());
            case DEPARTMENT -> Objects.equals(Objects.requireNonNull(member).department(), row.unitId());
        };
    }

    /** A post a moderator may hide: 404 when the person does not see it, 403 when they see it but do not moderate. */
    private void moderated(CurrentUser person, UUID postId) {
        visible(person, postId);
        if (!moderates(person)) {
            throw Problems.forbidden();
        }
    }

    private JoyShare share(CurrentUser person, WallPosts.Row row) {
        return new JoyShare(row.id(), row.audience(),
                row.unitId() == null ? null : units(person, row.audience()).get(row.unitId()),
                row.authorId() == null, row.date(), row.hiddenReason());
    }

    private List<WallPost> views(CurrentUser viewer, List<WallPosts.Row> rows) {
        List<UUID> ids = rows.stream().map(WallPosts.Row::id).toList();
        Map<UUID, Map<WallReaction, Integer>> counts = posts.counts(viewer.organizationId(), ids);
        Map<UUID, Set<WallReaction>> mine = posts.mine(viewer.organizationId(), viewer.personId(), ids);
        Set<UUID> own = new HashSet<>(links.posts(viewer).values());
        Map<UUID, String> names = directory.people(viewer).stream()
                .collect(Collectors.toMap(PersonView::id, PersonView::name));
        Map<WallAudience, Map<UUID, String>> units = new HashMap<>();
        return rows.stream().map(row -> new WallPost(row.id(), row.audience(), row.unitId(),
                row.unitId() == null ? null
                        : units.computeIfAbsent(row.audience(), a -> units(viewer, a)).get(row.unitId()),
                row.authorId(), row.authorId() == null ? null : names.get(row.authorId()), row.text(), row.date(),
                moderates(viewer) || own.contains(row.id()) ? row.hiddenReason() : null,
                counts.getOrDefault(row.id(), Map.of()), mine.getOrDefault(row.id(), Set.of()),
                own.contains(row.id()) || viewer.personId().equals(row.authorId()))).toList();
    }
}
