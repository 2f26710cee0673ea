package org.shelfcare.listening;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.SampleLibraryCreated;
import org.shelfcare.privacy.ItemHashes;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A past town hall for the sample library, held by its director: questions, most of them
 * anonymous, with votes, written answers and one question hidden as a duplicate, so that a
 * visitor sees what a finished session looks like.
 */
@Component
class ListeningSampleContent {

    /** A sample question: its text, the asker by position in the sample (null: anonymous), votes, answer. */
    private record Sample(String text, @Nullable Integer asker, int votes, @Nullable String answer,
            @Nullable HideReason hidden) {}

    private static final List<Sample> QUESTIONS = List.of(
            new Sample("Can we have a quiet room for breaks at the main branch? The staff room doubles as storage.",
                    null, 14, "Yes: the old periodicals room becomes a quiet room in the spring. Facilities starts in March.", null),
            new Sample("Evening shifts are often one person short. Is there a plan for coverage after 6 pm?",
                    null, 11, "We are adding two part-time evening positions in the next budget and piloting a float pool.", null),
            new Sample("Could training days be scheduled outside the busiest weeks of summer reading?",
                    4, 7, null, null),
            new Sample("How do we report a difficult patron interaction without it becoming a formal incident?",
                    null, 6, "Any supervisor can take an informal note; the safety lead will share a short form next month.", null),
            new Sample("Evening coverage after 6 pm: what is the plan?", null, 0, null, HideReason.DUPLICATE));

    private final SessionStore store;
    private final ItemHashes hashes;
    private final DirectoryManagement directory;
    private final YouSaidWeDidSampleContent youSaidWeDid;

    ListeningSampleContent(SessionStore store, ItemHashes hashes, DirectoryManagement directory,
            YouSaidWeDidSampleContent youSaidWeDid) {
        this.store = store;
        this.hashes = hashes;
        this.directory = directory;
        this.youSaidWeDid = youSaidWeDid;
    }

    @ApplicationModuleListener
    void on(SampleLibraryCreated sample) {
        UUID org = sample.organizationId();
        ZoneId zone = directory.organization(org).zone();
        Instant starts = LocalDate.now(zone).minusWeeks(3).atTime(17, 30).atZone(zone).toInstant();
        UUID session = UUID.randomUUID();
        store.insert(new SessionStore.Row(session, org, sample.directorId(), "Autumn staff town hall",
                "An open hour with the director about workload, breaks and what comes next.", starts,
                starts.plus(Duration.ofHours(1)), SessionFormat.HYBRID, "Main branch meeting room and the video link",
                SessionAudience.LIBRARY, null, "1. Welcome\n2. Workload and coverage\n3. Your questions", "AUTMN7",
                false, null));
        LocalDate asked = LocalDate.ofInstant(starts.minus(2, ChronoUnit.DAYS), zone);
        List<UUID> questions = new ArrayList<>();
        for (Sample s : QUESTIONS) {
            UUID question = UUID.randomUUID();
            questions.add(question);
            UUID asker = s.asker() != null && s.asker() < sample.peopleIds().size() ? sample.peopleIds().get(s.asker()) : null;
            store.insertQuestion(org, session, question, asker, s.text(), asked, QuestionStatus.VISIBLE);
            if (s.hidden() != null) {
                store.status(org, question, QuestionStatus.HIDDEN, s.hidden());
            }
            for (int v = 0; v < Math.min(s.votes(), sample.peopleIds().size()); v++) {
                store.vote(org, question, hashes.hash(sample.peopleIds().get(v), question));
            }
            if (s.answer() != null) {
                store.answer(org, question, s.answer());
            }
        }
        store.close(org, session);
        // the suggestion box and the actions in progress, linked to the town hall's questions behind them
        youSaidWeDid.fill(sample, questions);
    }
}
