package org.shelfcare.programs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.privacy.AnonymityGuard;
import org.shelfcare.privacy.ItemHashes;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short anonymous feedback after a session: a rating from 1 to 5 and an optional comment, from
 * staff who held a seat (or anyone who sees the program, for a drop-in), once each, in the
 * {@link #WINDOW} after the session ends. An answer keeps no person, time or address; that someone
 * answered is kept as HMAC(person + session) only. Those who manage the program see the results
 * only from the library's k answers, and the comments from max(10, 2k).
 */
@Service
@Transactional
public class SessionFeedback {

    public static final int COMMENT_MAX = 1_000;
    /** Feedback is open this long after a session ends (registrations are kept longer, 30 days by default). */
    public static final Duration WINDOW = Duration.ofDays(14);

    private final ProgramsManagement programs;
    private final ItemHashes hashes;
    private final DirectoryManagement directory;
    private final JdbcClient jdbc;

    SessionFeedback(ProgramsManagement programs, ItemHashes hashes, DirectoryManagement directory, JdbcClient jdbc) {
        this.programs = programs;
        this.hashes = hashes;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    /** The session as the person sees it; another library's, or one of a program they do not see, 404. */
    @Transactional(readOnly = true)
    public SessionView session(CurrentUser user, UUID sessionId) {
        UUID programId = programs.programOf(user, sessionId);
        return programs.sessions(user, programId).stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(Problems::notFound);
    }

    /** Whether the person may answer now. */
    @Transactional(readOnly = true)
    public FeedbackStatus status(CurrentUser user, UUID sessionId) {
        return status(user, session(user, sessionId), Instant.now());
    }

    /**
     * Records an answer: 409 when the person answered already, 400 (field {@code session}) when
     * feedback is not open to them, a field error for a rating outside 1 to 5 or a long comment.
     */
    public void give(CurrentUser user, UUID sessionId, @Nullable Integer rating, @Nullable String comment) {
        SessionView session = session(user, sessionId);
        FeedbackStatus status = status(user, session, Instant.now());
        if (status == FeedbackStatus.GIVEN) {
            throw Problems.conflict("programs.feedback.already");
        }
        if (status != FeedbackStatus.OPEN) {
            throw Problems.invalid("session", "programs.feedback.status." + status.name());
        }
        String text = checked(rating, comment);
        try {
            jdbc.sql("INSERT INTO program_feedback_given (org_id, session_id, person_hash) VALUES (?, ?, ?)")
                    .params(user.organizationId(), sessionId, hashes.hash(user.personId(), sessionId)).update();
        } catch (DuplicateKeyException twice) {
            throw Problems.conflict("programs.feedback.already");
        }
        jdbc.sql("INSERT INTO program_feedback (id, org_id, session_id, rating, comment) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), user.organizationId(), sessionId, rating, text).update();
    }

    /** The comment to store (null when none) once the rating and the comment are fine; else 400. */
    static @Nullable String checked(@Nullable Integer rating, @Nullable String comment) {
        if (rating == null || rating < 1 || rating > 5) {
            throw Problems.invalid("rating", "programs.feedback.ratingRequired");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.codePointCount(0, text.length()) > COMMENT_MAX) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("comment", "validation.tooLong",
                    new Object[] {COMMENT_MAX})));
        }
        return text;
    }

    /** The results, for those who manage the program (others 403), within the anonymity rules. */
    @Transactional(readOnly = true)
    public FeedbackSummary summary(CurrentUser manager, UUID sessionId) {
        UUID programId = programs.programOf(manager, sessionId);
        if (!programs.program(manager, programId).manages()) {
            throw Problems.forbidden();
        }
        int k = AnonymityGuard.threshold(directory.organization(manager.organizationId()));
        int commentK = AnonymityGuard.freeTextThreshold(k);
        record Answer(int rating, @Nullable String comment) {}
        List<Answer> answers = jdbc.sql("SELECT rating, comment FROM program_feedback WHERE org_id = ? AND session_id = ?")
                .params(manager.organizationId(), sessionId)
                .query((rs, n) -> new Answer(rs.getInt("rating"), rs.getString("comment"))).list();
        if (!AnonymityGuard.allowsAggregate(k, answers.size())) {
            return new FeedbackSummary(k, commentK, null, null, null, null);
        }
        Map<Integer, Integer> ratings = new TreeMap<>();
        for (int r = 1; r <= 5; r++) {
            ratings.put(r, 0);
        }
        answers.forEach(a -> ratings.merge(a.rating(), 1, Integer::sum));
        double average = answers.stream().mapToInt(Answer::rating).average().orElse(0);
        List<String> comments = AnonymityGuard.allowsFreeText(k, answers.size())
                ? answers.stream().map(Answer::comment).filter(c -> c != null).sorted().toList() : null;
        return new FeedbackSummary(k, commentK, answers.size(), Math.round(average * 10) / 10.0, ratings, comments);
    }

    private FeedbackStatus status(CurrentUser user, SessionView session, Instant now) {
        if (session.cancelled() || now.isAfter(session.endsAt().plus(WINDOW))) {
            return FeedbackStatus.CLOSED;
        }
        if (now.isBefore(session.endsAt())) {
            return FeedbackStatus.NOT_YET;
        }
        if (!session.dropIn() && session.mine() != RegistrationStatus.CONFIRMED) {
            return FeedbackStatus.NOT_ATTENDED;
        }
        boolean given = jdbc.sql("SELECT count(*) FROM program_feedback_given WHERE session_id = :s AND person_hash IN (:h)")
                .param("s", session.id()).param("h", hashes.all(user.personId(), session.id()))
                .query(Integer.class).single() > 0;
        return given ? FeedbackStatus.GIVEN : FeedbackStatus.OPEN;
    }
}
