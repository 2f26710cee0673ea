package org.shelfcare.listening;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PeopleAdministration;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.Unit;
import org.shelfcare.privacy.AnonymityGuard;
import org.shelfcare.privacy.ItemHashes;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listening sessions, their questions and votes.
 * <ul>
 * <li>Admins and wellness leads hold sessions for the whole library, a branch or a department;
 * supervisors for a branch they work at or their own department; others may not (403).</li>
 * <li>A session is seen by its audience (the active people of the library, the branch, home or
 * other, or the department), its host, admins and wellness leads; anyone else, and another
 * library, gets 404.</li>
 * <li>Questions are named or anonymous. An anonymous question stores no author and only its date,
 * and is refused when the session's audience is smaller than the library's k.</li>
 * <li>A vote stores only {@link ItemHashes HMAC(server key, person + question)}: a second vote is
 * 409, withdrawing a vote that is not there 404. A closed session takes no questions and no votes
 * (409).</li>
 * <li>Moderators merge a duplicate into another visible question (its votes count there, one vote per
 * person over both from then on; undoable) and pin the question discussed now (one per session).</li>
 * </ul>
 */
@Service
@Transactional
public class ListeningSessions {

    public static final int TITLE_MAX = 200;
    public static final int PURPOSE_MAX = 2000;
    public static final int LOCATION_MAX = 500;
    public static final int AGENDA_MAX = 4000;
    public static final int QUESTION_MAX = 500;
    public static final int ANSWER_MAX = 1000;
    /** Questions one person may post to one session per {@link #POSTS_PER}. */
    public static final int POSTS = 5;
    public static final Duration POSTS_PER = Duration.ofMinutes(1);
    /** No 0/O, 1/I/L: codes read aloud or from a projector. */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 6;
    private static final int MAX_BUCKETS = 10_000;

    private final SessionStore store;
    private final DirectoryManagement directory;
    private final PeopleAdministration people;
    private final ItemHashes hashes;
    private final QuestionEvents events;
    private final SecureRandom random = new SecureRandom();
    /**
     * Posting allowances, in memory only, keyed by HMAC(person, session) rather than by the person,
     * so that nothing here can be read back as who posted.
     */
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_BUCKETS;
        }
    };

    ListeningSessions(SessionStore store, DirectoryManagement directory, PeopleAdministration people,
            ItemHashes hashes, QuestionEvents events) {
        this.store = store;
        this.directory = directory;
        this.people = people;
        this.hashes = hashes;
        this.events = events;
    }

    /** Admins and wellness leads hold sessions for the whole library and look after every session. */
    public static boolean leads(CurrentUser person) {
        return person.isAdmin() || person.has(Role.WELLNESS_LEAD);
    }

    /** Admins, wellness leads and supervisors may hold sessions. */
    public static boolean mayHost(CurrentUser person) {
        return leads(person) || person.has(Role.SUPERVISOR);
    }

    /** The library's k. */
    @Transactional(readOnly = true)
    public int threshold(CurrentUser person) {
        return AnonymityGuard.threshold(directory.organization(person.organizationId()));
    }

    // ---- sessions ---------------------------------------------------------------------------------

    /** An audience a host may choose, with its name ({@code null} for the library). */
    public record AudienceChoice(SessionAudience audience, @Nullable UUID unitId, @Nullable String unitName) {

        public String value() {
            return unitId == null ? audience.name() : audience.name() + ":" + unitId;
        }
    }

    /** The audiences the person may hold a session for; empty when they may not hold one. */
    @Transactional(readOnly = true)
    public List<AudienceChoice> audiences(CurrentUser person) {
        List<AudienceChoice> choices = new ArrayList<>();
        if (!mayHost(person)) {
            return choices;
        }
        boolean lead = leads(person);
        Membership member = membership(person);
        if (lead) {
            choices.add(new AudienceChoice(SessionAudience.LIBRARY, null, null));
        }
        for (Unit branch : directory.branches(person.organizationId())) {
            if (lead || member.branches().contains(branch.id())) {
                choices.add(new AudienceChoice(SessionAudience.BRANCH, branch.id(), branch.name()));
            }
        }
        for (Unit department : directory.departments(person.organizationId())) {
            if (lead || department.id().equals(member.department())) {
                choices.add(new AudienceChoice(SessionAudience.DEPARTMENT, department.id(), department.name()));
            }
        }
        return choices;
    }

    public record Created(UUID id, String joinCode) {}

    /**
     * Holds a new session; answers its id and join code. People who may not host get 403; a unit of
     * another library 404; an audience the host may not choose 403; bad fields 400.
     */
    public Created create(CurrentUser host, SessionDraft draft) {
        if (!mayHost(host)) {
            throw Problems.forbidden();
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String title = text(draft.title(), "title", TITLE_MAX, true, errors);
        String purpose = text(draft.purpose(), "purpose", PURPOSE_MAX, false, errors);
        String location = text(draft.location(), "location", LOCATION_MAX, false, errors);
        String agenda = text(draft.agenda(), "agenda", AGENDA_MAX, false, errors);
        Instant startsAt = instant(host, draft.startsAt(), "startsAt", true, errors);
        Instant endsAt = instant(host, draft.endsAt(), "endsAt", false, errors);
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            errors.add(new InvalidInput.FieldError("endsAt", "listening.session.endsBeforeStart", new Object[0]));
        }
        SessionFormat format = SessionFormat.IN_PERSON;
        if (draft.format() != null && !draft.format().isBlank()) {
            try {
                format = SessionFormat.valueOf(draft.format().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(new InvalidInput.FieldError("format", "validation.invalidValue", new Object[0]));
            }
        }
        SessionAudience audience = SessionAudience.LIBRARY;
        if (draft.audience() != null && !draft.audience().isBlank()) {
            try {
                audience = SessionAudience.valueOf(draft.audience().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(new InvalidInput.FieldError("audience", "validation.invalidValue", new Object[0]));
            }
        }
        if (audience != SessionAudience.LIBRARY && draft.unitId() == null) {
            errors.add(new InvalidInput.FieldError("audience", "listening.session.unitRequired", new Object[0]));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID unit = audience == SessionAudience.LIBRARY ? null : draft.unitId();
        if (unit != null && !unitNames(host, audience).containsKey(unit)) {
            throw Problems.notFound();
        }
        AudienceChoice chosen = new AudienceChoice(audience, unit, null);
        if (audiences(host).stream().noneMatch(c -> c.audience() == chosen.audience()
                && Objects.equals(c.unitId(), chosen.unitId()))) {
            throw Problems.forbidden();
        }
        UUID id = UUID.randomUUID();
        String code = newJoinCode(host.organizationId());
        store.insert(new SessionStore.Row(id, host.organizationId(), host.personId(), Objects.requireNonNull(title),
                purpose, Objects.requireNonNull(startsAt), endsAt, format, location, audience, unit, agenda, code,
                draft.moderated(), null));
        return new Created(id, code);
    }

    /** The sessions the viewer sees, soonest upcoming first, then past ones, latest first. */
    @Transactional(readOnly = true)
    public List<ListeningSession> sessions(CurrentUser viewer) {
        Membership member = membership(viewer);
        Map<UUID, Integer> counts = store.questionCounts(viewer.organizationId());
        Names names = names(viewer);
        Instant now = Instant.now();
        List<ListeningSession> visible = store.all(viewer.organizationId()).stream()
                .filter(row -> sees(viewer, member, row))
                .map(row -> view(viewer, row, names, counts.getOrDefault(row.id(), 0))).toList();
        List<ListeningSession> upcoming = visible.stream().filter(s -> s.upcoming(now))
                .sorted(Comparator.comparing(ListeningSession::startsAt)).toList();
        List<ListeningSession> sorted = new ArrayList<>(upcoming);
        visible.stream().filter(s -> !s.upcoming(now)).forEach(sorted::add);
        return sorted;
    }

    /** One session the viewer sees; others, and another library's, answer 404. */
    @Transactional(readOnly = true)
    public ListeningSession session(CurrentUser viewer, UUID id) {
        SessionStore.Row row = visible(viewer, id);
        return view(viewer, row, names(viewer), (int) store.questions(viewer.organizationId(), id).stream()
                .filter(q -> q.status() != QuestionStatus.WITHDRAWN && q.status() != QuestionStatus.MERGED).count());
    }

    /** Whether the viewer may follow the session (its live topic): the same people who see it. */
    @Transactional(readOnly = true)
    public boolean sees(CurrentUser viewer, UUID sessionId) {
        return store.find(viewer.organizationId(), sessionId).filter(row -> sees(viewer, membership(viewer), row))
                .isPresent();
    }

    /** Closes the session: no more questions or votes. The host, admins and wellness leads (others 403). */
    public void close(CurrentUser person, UUID id) {
        SessionStore.Row row = visible(person, id);
        if (!moderates(person, row)) {
            throw Problems.forbidden();
        }
        if (!store.close(person.organizationId(), id)) {
            throw Problems.conflict("listening.session.alreadyClosed");
        }
        events.pinned(person.organizationId(), id, null, null);
    }

    /** The open session with this code that the person sees; a wrong, closed or unseen code is a field error. */
    @Transactional(readOnly = true)
    public UUID join(CurrentUser person, @Nullable String code) {
        String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (typed.isEmpty()) {
            throw Problems.invalid("code", "validation.required");
        }
        return store.open(person.organizationId(), typed).filter(row -> sees(person, membership(person), row))
                .map(SessionStore.Row::id)
                .orElseThrow(() -> Problems.invalid("code", "listening.join.unknown"));
    }

    /** How many active people the session is for (its audience, for the anonymity rule). */
    @Transactional(readOnly = true)
    public int audienceSize(CurrentUser viewer, UUID sessionId) {
        return audienceSize(viewer, visible(viewer, sessionId));
    }

    /** The active people the session is for (its audience), for telling them about published notes. */
    @Transactional(readOnly = true)
    Set<UUID> audience(CurrentUser viewer, UUID sessionId) {
        SessionStore.Row row = visible(viewer, sessionId);
        return switch (row.audience()) {
            case LIBRARY -> people.colleagues(viewer, null).stream().map(PersonView::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            case BRANCH -> people.colleaguesAt(viewer, Objects.requireNonNull(row.unitId())).stream().map(PersonView::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            case DEPARTMENT -> people.colleagues(viewer, null).stream()
                    .filter(p -> Objects.equals(row.unitId(), p.departmentId())).map(PersonView::id)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        };
    }

    // ---- questions --------------------------------------------------------------------------------

    /**
     * Posts a question; answers its id. Empty or longer than {@value #QUESTION_MAX} characters: a
     * field error; anonymous to an audience under k: a field error saying why; closed session: 409;
     * more than {@value #POSTS} a minute: 429.
     */
    public UUID ask(CurrentUser person, UUID sessionId, @Nullable String text, boolean anonymous) {
        return post(person, sessionId, text, anonymous).id();
    }

    /**
     * Posts a question like {@link #ask}; an anonymous one also answers its one-time edit secret
     * (stored only as a hash; see {@link OwnQuestions}).
     */
    public QuestionPosted post(CurrentUser person, UUID sessionId, @Nullable String text, boolean anonymous) {
        SessionStore.Row row = visible(person, sessionId);
        if (row.closedAt() != null) {
            throw Problems.conflict("listening.session.closed");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw Problems.invalid("text", "listening.question.required");
        }
        if (body.codePointCount(0, body.length()) > QUESTION_MAX) {
            throw Problems.invalid("text", "validation.tooLong", QUESTION_MAX);
        }
        if (anonymous) {
            int k = threshold(person);
            int size = audienceSize(person, row);
            if (!AnonymityGuard.allowsAnonymousPosting(k, size)) {
                throw Problems.invalid("anonymous", "listening.question.tooSmall", size, k);
            }
        }
        allowance(person, sessionId);
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now(directory.organization(person.organizationId()).zone());
        QuestionStatus status = row.moderated() ? QuestionStatus.HELD : QuestionStatus.VISIBLE;
        String secret = EditSecrets.issue(anonymous);
        store.insertQuestion(person.organizationId(), sessionId, id, anonymous ? null : person.personId(), body, today,
                status, EditSecrets.hash(secret));
        if (status == QuestionStatus.VISIBLE) {
            events.changed(person.organizationId(), sessionId, id, 0, status);
        } else {
            events.held(person.organizationId(), sessionId, viewer -> moderates(viewer, row), id, 0, status);
        }
        return new QuestionPosted(id, secret);
    }

    /**
     * The session's questions, most votes first, then oldest first: the visible ones, and for its
     * moderators (host, admins, wellness leads) and a named question's asker also held and hidden ones.
     */
    @Transactional(readOnly = true)
    public List<Question> questions(CurrentUser viewer, UUID sessionId) {
        SessionStore.Row session = visible(viewer, sessionId);
        boolean moderator = moderates(viewer, session);
        List<SessionStore.QuestionRow> all = store.questions(viewer.organizationId(), sessionId);
        Map<UUID, List<SessionStore.QuestionRow>> mergedInto = new HashMap<>();
        all.stream().filter(q -> q.status() == QuestionStatus.MERGED && q.mergedInto() != null)
                .forEach(q -> mergedInto.computeIfAbsent(q.mergedInto(), key -> new ArrayList<>()).add(q));
        List<SessionStore.QuestionRow> rows = all.stream()
                .filter(q -> q.status() != QuestionStatus.WITHDRAWN && q.status() != QuestionStatus.MERGED)
                .filter(q -> moderator || q.status() == QuestionStatus.VISIBLE || viewer.personId().equals(q.authorId()))
                .toList();
        Map<UUID, Integer> votes = store.votes(viewer.organizationId(), sessionId);
        Set<String> mine = new LinkedHashSet<>();
        rows.forEach(q -> mine.addAll(hashes.all(viewer.personId(), q.id())));
        mergedInto.values().forEach(list -> list.forEach(q -> mine.addAll(hashes.all(viewer.personId(), q.id()))));
        Set<UUID> voted = store.votedQuestions(viewer.organizationId(), mine);
        Map<UUID, String> names = directory.people(viewer).stream()
                .collect(Collectors.toMap(PersonView::id, PersonView::name, (a, b) -> a));
        return rows.stream().map(q -> {
                    List<SessionStore.QuestionRow> merged = mergedInto.getOrDefault(q.id(), List.of());
                    int mergedVotes = merged.stream().mapToInt(m -> votes.getOrDefault(m.id(), 0)).sum();
                    boolean votedHere = voted.contains(q.id()) || merged.stream().anyMatch(m -> voted.contains(m.id()));
                    return new Question(q.id(), q.sessionId(), q.text(), q.anonymous(),
                            q.authorId() == null ? null : names.get(q.authorId()), q.date(), q.position(),
                            votes.getOrDefault(q.id(), 0) + mergedVotes, votedHere,
                            viewer.personId().equals(q.authorId()), q.status(), q.hiddenReason(), q.answer(),
                            mergedVotes, moderator ? merged.stream().map(m -> new Question.Merged(m.id(), m.text())).toList()
                                    : List.<Question.Merged>of());
                })
                .sorted(Comparator.comparingInt(Question::votes).reversed().thenComparingInt(Question::position))
                .toList();
    }

    /** Votes for the question; answers its votes. A second vote is 409, a closed session 409. */
    public int vote(CurrentUser person, UUID questionId) {
        SessionStore.QuestionRow question = open(person, questionId);
        if (votedInGroup(person, group(person.organizationId(), questionId))) {
            throw Problems.conflict("listening.vote.twice");
        }
        store.vote(person.organizationId(), questionId, hashes.hash(person.personId(), questionId));
        int votes = totalVotes(person.organizationId(), questionId);
        events.changed(person.organizationId(), question.sessionId(), questionId, votes, question.status());
        return votes;
    }

    /** Withdraws the person's vote; answers the votes left. No vote: 404; a closed session 409. */
    public int unvote(CurrentUser person, UUID questionId) {
        SessionStore.QuestionRow question = open(person, questionId);
        boolean withdrawn = false;
        for (UUID id : group(person.organizationId(), questionId)) {
            withdrawn |= store.unvote(person.organizationId(), id, hashes.all(person.personId(), id));
        }
        if (!withdrawn) {
            throw Problems.notFound();
        }
        int votes = totalVotes(person.organizationId(), questionId);
        events.changed(person.organizationId(), question.sessionId(), questionId, votes, question.status());
        return votes;
    }

    /** Votes, or withdraws the vote when the person has voted (the page's one button). */
    public int toggle(CurrentUser person, UUID questionId) {
        open(person, questionId);
        return votedInGroup(person, group(person.organizationId(), questionId))
                ? unvote(person, questionId) : vote(person, questionId);
    }

    /** The session a question belongs to, when the person sees it (otherwise 404). */
    @Transactional(readOnly = true)
    public UUID sessionOf(CurrentUser person, UUID questionId) {
        SessionStore.QuestionRow question = store.question(person.organizationId(), questionId)
                .orElseThrow(Problems::notFound);
        visible(person, question.sessionId());
        return question.sessionId();
    }

    // ---- moderation -------------------------------------------------------------------------------

    /** Hidden questions of the session per reason: public, so that nothing disappears silently. */
    @Transactional(readOnly = true)
    public Map<HideReason, Integer> hiddenCounts(CurrentUser viewer, UUID sessionId) {
        visible(viewer, sessionId);
        return store.hiddenCounts(viewer.organizationId(), sessionId);
    }

    /** Shows a held or hidden question to the audience (moderators; others 403, unseen 404). */
    public void approve(CurrentUser moderator, UUID questionId) {
        SessionStore.QuestionRow question = notMerged(moderated(moderator, questionId));
        store.status(moderator.organizationId(), questionId, QuestionStatus.VISIBLE, null);
        events.changed(moderator.organizationId(), question.sessionId(), questionId,
                totalVotes(moderator.organizationId(), questionId), QuestionStatus.VISIBLE);
    }

    /** Hides a question with a reason category its named asker sees; an unknown reason is a field error. */
    public void hide(CurrentUser moderator, UUID questionId, @Nullable String reason) {
        SessionStore.QuestionRow question = notMerged(moderated(moderator, questionId));
        HideReason why;
        try {
            why = HideReason.valueOf(Objects.requireNonNullElse(reason, "").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Problems.invalid("reason", "listening.hide.reasonRequired");
        }
        store.status(moderator.organizationId(), questionId, QuestionStatus.HIDDEN, why);
        unpinIfPinned(moderator.organizationId(), question.sessionId(), questionId);
        events.changed(moderator.organizationId(), question.sessionId(), questionId,
                totalVotes(moderator.organizationId(), questionId), QuestionStatus.HIDDEN);
    }

    /** Marks a question answered with a short written answer (1 to {@value #ANSWER_MAX} characters). */
    public void answer(CurrentUser moderator, UUID questionId, @Nullable String answer) {
        moderated(moderator, questionId);
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw Problems.invalid("answer", "listening.answer.required");
        }
        if (text.codePointCount(0, text.length()) > ANSWER_MAX) {
            throw Problems.invalid("answer", "validation.tooLong", ANSWER_MAX);
        }
        store.answer(moderator.organizationId(), questionId, text);
    }

    /** A merged question is shown or hidden only after its merge is undone (409). */
    private static SessionStore.QuestionRow notMerged(SessionStore.QuestionRow question) {
        if (question.status() == QuestionStatus.MERGED) {
            throw Problems.conflict("listening.merge.unmergeFirst");
        }
        return question;
    }

    private SessionStore.QuestionRow moderated(CurrentUser person, UUID questionId) {
        SessionStore.QuestionRow question = store.question(person.organizationId(), questionId)
                .orElseThrow(Problems::notFound);
        SessionStore.Row session = visible(person, question.sessionId());
        if (!moderates(person, session)) {
            throw Problems.forbidden();
        }
        return question;
    }

    // ---- merging duplicates -----------------------------------------------------------------------

    /**
     * Merges the question into another visible question of its session ({@code into}); answers the
     * votes that question now shows. The merged question leaves every list, takes no votes, and its
     * asker sees where it went; its votes stay on its own row and count on {@code into} until the
     * merge is undone. Moderators only (others 403, unseen 404); {@code into} missing, itself, of
     * another session or not visible: a field error; a question that is not visible or held, or that
     * others were merged into: 409.
     */
    public int merge(CurrentUser moderator, UUID questionId, @Nullable UUID intoId) {
        SessionStore.QuestionRow question = moderated(moderator, questionId);
        UUID org = moderator.organizationId();
        if (intoId == null) {
            throw Problems.invalid("into", "listening.merge.intoRequired");
        }
        if (intoId.equals(questionId)) {
            throw Problems.invalid("into", "listening.merge.self");
        }
        SessionStore.QuestionRow into = store.question(org, intoId)
                .filter(q -> q.sessionId().equals(question.sessionId()))
                .orElseThrow(() -> Problems.invalid("into", "listening.merge.intoUnknown"));
        if (into.status() != QuestionStatus.VISIBLE) {
            throw Problems.invalid("into", "listening.merge.intoNotVisible");
        }
        if (question.status() != QuestionStatus.VISIBLE && question.status() != QuestionStatus.HELD) {
            throw Problems.conflict("listening.merge.notOpen");
        }
        if (!store.mergedInto(org, questionId).isEmpty()) {
            throw Problems.conflict("listening.merge.hasMerged");
        }
        store.merge(org, questionId, intoId, question.status());
        unpinIfPinned(org, question.sessionId(), questionId);
        announce(org, question.sessionId(), questionId, question.status(), QuestionStatus.MERGED);
        int votes = totalVotes(org, intoId);
        events.changed(org, question.sessionId(), intoId, votes, QuestionStatus.VISIBLE);
        return votes;
    }

    /**
     * Undoes a merge: the question gets back the status it had (visible or held) and its votes; the
     * question it was merged into loses them. Moderators only; a question that is not merged: 409.
     */
    public void unmerge(CurrentUser moderator, UUID questionId) {
        SessionStore.QuestionRow question = moderated(moderator, questionId);
        UUID org = moderator.organizationId();
        if (question.status() != QuestionStatus.MERGED || question.mergedInto() == null) {
            throw Problems.conflict("listening.merge.notMerged");
        }
        restore(org, question);
        UUID into = question.mergedInto();
        store.question(org, into).ifPresent(target -> events.changed(org, question.sessionId(), into,
                totalVotes(org, into), target.status()));
    }

    /** A merged question gets back the status it had, and the pages hear of it. */
    private void restore(UUID org, SessionStore.QuestionRow merged) {
        QuestionStatus back = Objects.requireNonNullElse(merged.statusBeforeMerge(), QuestionStatus.VISIBLE);
        store.unmerge(org, merged.id(), back);
        announce(org, merged.sessionId(), merged.id(), back, back);
    }

    /** The questions merged into one that its asker withdraws get back the status they had. */
    void releaseMerged(UUID org, UUID questionId) {
        store.mergedInto(org, questionId).forEach(merged -> restore(org, merged));
    }

    /** Live: to the audience when the question was or is visible, otherwise to the moderators only. */
    private void announce(UUID org, UUID sessionId, UUID questionId, QuestionStatus was, QuestionStatus now) {
        int votes = store.votesOn(org, questionId);
        if (was == QuestionStatus.VISIBLE || now == QuestionStatus.VISIBLE) {
            events.changed(org, sessionId, questionId, votes, now);
        } else {
            SessionStore.Row session = store.find(org, sessionId).orElseThrow(Problems::notFound);
            events.held(org, sessionId, viewer -> moderates(viewer, session), questionId, votes, now);
        }
    }

    /** The votes a question shows: its own and those of the questions merged into it. */
    int totalVotes(UUID org, UUID questionId) {
        int votes = store.votesOn(org, questionId);
        for (SessionStore.QuestionRow merged : store.mergedInto(org, questionId)) {
            votes += store.votesOn(org, merged.id());
        }
        return votes;
    }

    /** The question and those merged into it: a vote on any of them counts on the question. */
    private List<UUID> group(UUID org, UUID questionId) {
        List<UUID> ids = new ArrayList<>();
        ids.add(questionId);
        store.mergedInto(org, questionId).forEach(q -> ids.add(q.id()));
        return ids;
    }

    private boolean votedInGroup(CurrentUser person, List<UUID> group) {
        return group.stream().anyMatch(id -> store.voted(person.organizationId(), id, hashes.all(person.personId(), id)));
    }

    // ---- the pinned question ----------------------------------------------------------------------

    /** The session's pinned ("now discussing") visible question, if any, for those who see the session. */
    @Transactional(readOnly = true)
    public Optional<UUID> pinned(CurrentUser viewer, UUID sessionId) {
        SessionStore.Row session = visible(viewer, sessionId);
        if (session.closedAt() != null) {
            return Optional.empty();
        }
        return store.pinned(viewer.organizationId(), sessionId)
                .filter(id -> store.question(viewer.organizationId(), id)
                        .filter(q -> q.status() == QuestionStatus.VISIBLE).isPresent());
    }

    /**
     * Pins a visible question of an open session as the one discussing now, in place of any other.
     * Moderators only (others 403, unseen 404); a question that is missing or of another session: a
     * field error; not visible, or a closed session: 409.
     */
    public void pin(CurrentUser moderator, UUID sessionId, @Nullable UUID questionId) {
        SessionStore.Row session = visible(moderator, sessionId);
        if (!moderates(moderator, session)) {
            throw Problems.forbidden();
        }
        if (session.closedAt() != null) {
            throw Problems.conflict("listening.session.closed");
        }
        if (questionId == null) {
            throw Problems.invalid("questionId", "listening.pin.required");
        }
        SessionStore.QuestionRow question = store.question(moderator.organizationId(), questionId)
                .filter(q -> q.sessionId().equals(sessionId))
                .orElseThrow(() -> Problems.invalid("questionId", "listening.pin.unknown"));
        if (question.status() != QuestionStatus.VISIBLE) {
            throw Problems.conflict("listening.pin.notVisible");
        }
        store.pin(moderator.organizationId(), sessionId, questionId);
        events.pinned(moderator.organizationId(), sessionId, questionId, question.text());
    }

    /** Unpins the session's question; nothing pinned is fine. Moderators only (others 403, unseen 404). */
    public void unpin(CurrentUser moderator, UUID sessionId) {
        SessionStore.Row session = visible(moderator, sessionId);
        if (!moderates(moderator, session)) {
            throw Problems.forbidden();
        }
        if (store.unpin(moderator.organizationId(), sessionId, null)) {
            events.pinned(moderator.organizationId(), sessionId, null, null);
        }
    }

    /** A question that leaves the list (hidden, merged, withdrawn) is no longer pinned. */
    void unpinIfPinned(UUID org, UUID sessionId, UUID questionId) {
        if (store.unpin(org, sessionId, questionId)) {
            events.pinned(org, sessionId, null, null);
        }
    }

    /** Whether the person moderates the session (its host, admins, wellness leads); unseen sessions false. */
    @Transactional(readOnly = true)
    public boolean moderates(CurrentUser person, UUID sessionId) {
        return store.find(person.organizationId(), sessionId)
                .filter(row -> sees(person, membership(person), row) && moderates(person, row)).isPresent();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private SessionStore.QuestionRow open(CurrentUser person, UUID questionId) {
        SessionStore.QuestionRow question = store.question(person.organizationId(), questionId)
                .orElseThrow(Problems::notFound);
        SessionStore.Row session = visible(person, question.sessionId());
        if (session.closedAt() != null) {
            throw Problems.conflict("listening.session.closed");
        }
        if (question.status() != QuestionStatus.VISIBLE) {
            throw Problems.conflict("listening.vote.notOpen");
        }
        return question;
    }

    private void allowance(CurrentUser person, UUID sessionId) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(hashes.hash(person.personId(), sessionId), key -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(POSTS).refillGreedy(POSTS, POSTS_PER).build()).build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            throw Problems.of(HttpStatus.TOO_MANY_REQUESTS, "listening.question.tooMany", POSTS, seconds);
        }
    }

    private String newJoinCode(UUID orgId) {
        while (true) {
            StringBuilder code = new StringBuilder(CODE_LENGTH);
            for (int i = 0; i < CODE_LENGTH; i++) {
                code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
            }
            if (store.open(orgId, code.toString()).isEmpty()) {
                return code.toString();
            }
        }
    }

    private static @Nullable String text(@Nullable String value, String field, int max, boolean required,
            List<InvalidInput.FieldError> errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                errors.add(new InvalidInput.FieldError(field, "validation.required", new Object[0]));
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            errors.add(new InvalidInput.FieldError(field, "validation.tooLong", new Object[] {max}));
        }
        return text;
    }

    /** A local date and time in the person's zone (a time skipped by DST moves forward), or an instant with an offset. */
    private static @Nullable Instant instant(CurrentUser person, @Nullable String value, String field, boolean required,
            List<InvalidInput.FieldError> errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                errors.add(new InvalidInput.FieldError(field, "validation.required", new Object[0]));
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).atZone(person.zone()).toInstant();
            } catch (DateTimeParseException notLocal) {
                errors.add(new InvalidInput.FieldError(field, "listening.session.badTime", new Object[0]));
                return null;
            }
        }
    }

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

    private SessionStore.Row visible(CurrentUser viewer, UUID id) {
        SessionStore.Row row = store.find(viewer.organizationId(), id).orElseThrow(Problems::notFound);
        if (!sees(viewer, membership(viewer), row)) {
            throw Problems.notFound();
        }
        return row;
    }

    private static boolean sees(CurrentUser viewer, Membership member, SessionStore.Row row) {
        if (leads(viewer) || viewer.personId().equals(row.hostId())) {
            return true;
        }
        return switch (row.audience()) {
            case LIBRARY -> true;
            case BRANCH -> member.branches().contains(row.unitId());
            case DEPARTMENT -> Objects.equals(member.department(), row.unitId());
        };
    }

    private static boolean moderates(CurrentUser person, SessionStore.Row row) {
        return leads(person) || person.personId().equals(row.hostId());
    }

    private int audienceSize(CurrentUser viewer, SessionStore.Row row) {
        return switch (row.audience()) {
            case LIBRARY -> people.colleagues(viewer, null).size();
            case BRANCH -> people.colleaguesAt(viewer, Objects.requireNonNull(row.unitId())).size();
            case DEPARTMENT -> (int) people.colleagues(viewer, null).stream()
                    .filter(p -> Objects.equals(row.unitId(), p.departmentId())).count();
        };
    }

    private Map<UUID, String> unitNames(CurrentUser person, SessionAudience audience) {
        List<Unit> units = switch (audience) {
            case LIBRARY -> List.of();
            case BRANCH -> directory.branches(person.organizationId());
            case DEPARTMENT -> directory.departments(person.organizationId());
        };
        return units.stream().collect(Collectors.toMap(Unit::id, Unit::name));
    }

    private record Names(Map<UUID, String> branches, Map<UUID, String> departments, Map<UUID, String> people) {}

    private Names names(CurrentUser viewer) {
        return new Names(unitNames(viewer, SessionAudience.BRANCH), unitNames(viewer, SessionAudience.DEPARTMENT),
                directory.people(viewer).stream().collect(Collectors.toMap(PersonView::id, PersonView::name, (a, b) -> a,
                        HashMap::new)));
    }

    private static ListeningSession view(CurrentUser viewer, SessionStore.Row row, Names names, int questions) {
        String unitName = row.unitId() == null ? null : row.audience() == SessionAudience.BRANCH
                ? names.branches().get(row.unitId()) : names.departments().get(row.unitId());
        return new ListeningSession(row.id(), row.title(), row.purpose(), row.startsAt(), row.endsAt(), row.format(),
                row.location(), row.audience(), row.unitId(), unitName, row.agenda(), row.joinCode(),
                row.hostId() == null ? null : names.people().get(row.hostId()), row.moderated(), row.closedAt() != null,
                viewer.personId().equals(row.hostId()), moderates(viewer, row), questions);
    }
}
