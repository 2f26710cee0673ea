package org.shelfcare.listening;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.web.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One's own session question: its named author, or whoever holds the edit secret answered when the
 * anonymous question was posted, sees its status and hide reason, edits its text while it is not
 * answered, and withdraws it. Anyone else, a wrong or missing secret, and a question of a session
 * the person does not see all answer 404: nothing tells whether someone else asked it. Hosts and
 * admins never learn who holds a secret; only its hash is stored.
 */
@Service
@Transactional
public class OwnQuestions {

    private final SessionStore store;
    private final ListeningSessions sessions;
    private final QuestionEvents events;
    private final QuestionTrails trails;

    OwnQuestions(SessionStore store, ListeningSessions sessions, QuestionEvents events, QuestionTrails trails) {
        this.store = store;
        this.sessions = sessions;
        this.events = events;
        this.trails = trails;
    }

    /** The question, for its asker (named author or holder of the secret); others 404. */
    @Transactional(readOnly = true)
    public OwnQuestion question(CurrentUser person, UUID id, @Nullable String editToken) {
        return view(person, owned(person, id, editToken), false);
    }

    /**
     * The question with its news, for its asker, who is now looking: afterwards only what happens
     * from today on is news. The day is kept on the question, never who looked.
     */
    public OwnQuestion look(CurrentUser person, UUID id, @Nullable String editToken) {
        return view(person, owned(person, id, editToken), true);
    }

    /** Whether the person is the named author (no secret needed). Unseen questions 404. */
    @Transactional(readOnly = true)
    public boolean authored(CurrentUser person, UUID id) {
        sessions.sessionOf(person, id);
        return store.question(person.organizationId(), id).map(q -> person.personId().equals(q.authorId()))
                .orElse(false);
    }

    /** Changes the text while the question is not answered, withdrawn or merged (otherwise 409); bad text is a field error. */
    public OwnQuestion edit(CurrentUser person, UUID id, @Nullable String editToken, @Nullable String text) {
        SessionStore.QuestionRow row = owned(person, id, editToken);
        if (row.status() == QuestionStatus.MERGED) {
            throw Problems.conflict("listening.qsecret.merged");
        }
        if (!editable(row)) {
            throw Problems.conflict("listening.qsecret.notEditable");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw Problems.invalid("text", "listening.question.required");
        }
        if (body.codePointCount(0, body.length()) > ListeningSessions.QUESTION_MAX) {
            throw Problems.invalid("text", "validation.tooLong", ListeningSessions.QUESTION_MAX);
        }
        store.text(person.organizationId(), id, body);
        return question(person, id, editToken);
    }

    /**
     * Withdraws it: status WITHDRAWN, gone from every list, no more votes, no longer pinned, and the
     * questions merged into it get back the status they had; a merged question cannot be withdrawn
     * (409: its votes count on the question it went into). The session's live
     * stream says so with the id, votes and status only. A second withdrawal is 409.
     */
    public void withdraw(CurrentUser person, UUID id, @Nullable String editToken) {
        SessionStore.QuestionRow row = owned(person, id, editToken);
        if (row.status() == QuestionStatus.WITHDRAWN) {
            throw Problems.conflict("listening.qsecret.alreadyWithdrawn");
        }
        if (row.status() == QuestionStatus.MERGED) {
            throw Problems.conflict("listening.qsecret.merged");
        }
        store.status(person.organizationId(), id, QuestionStatus.WITHDRAWN, null);
        sessions.unpinIfPinned(person.organizationId(), row.sessionId(), id);
        sessions.releaseMerged(person.organizationId(), id);
        events.changed(person.organizationId(), row.sessionId(), id, store.votesOn(person.organizationId(), id),
                QuestionStatus.WITHDRAWN);
    }

    private SessionStore.QuestionRow owned(CurrentUser person, UUID id, @Nullable String editToken) {
        SessionStore.QuestionRow row = store.question(person.organizationId(), id).orElseThrow(Problems::notFound);
        sessions.sessionOf(person, id);
        if (person.personId().equals(row.authorId()) || EditSecrets.holds(row.editHash(), editToken)) {
            return row;
        }
        throw Problems.notFound();
    }

    private static boolean editable(SessionStore.QuestionRow row) {
        return row.answer() == null && row.status() != QuestionStatus.WITHDRAWN && row.status() != QuestionStatus.MERGED;
    }

    private OwnQuestion view(CurrentUser person, SessionStore.QuestionRow row, boolean look) {
        boolean news = trails.askerLooks(person.organizationId(), row.id(), look);
        String intoText = row.mergedInto() == null ? null
                : store.question(person.organizationId(), row.mergedInto()).map(SessionStore.QuestionRow::text).orElse(null);
        return new OwnQuestion(row.id(), row.sessionId(), row.text(), row.anonymous(), row.date(), row.status(),
                row.hiddenReason(), row.answer(), editable(row), row.mergedInto(), intoText,
                trails.actions(person.organizationId(), List.of(row.id())).getOrDefault(row.id(), List.of()), news);
    }
}
