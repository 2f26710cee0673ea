package org.shelfcare.listening;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.SampleLibraryCreated;
import org.springframework.stereotype.Component;

/**
 * A few made-up suggestions (named and anonymous) with upvotes, a theme, and two actions in
 * progress on the sample library's board, linked to the sample town hall's questions behind them, made through the same services as the pages, so that
 * they follow the same rules: anonymous suggestions store no author, votes only their keyed hash.
 */
@Component
class YouSaidWeDidSampleContent {

    private record Idea(int person, String text, boolean anonymous) {}

    private static final List<Idea> IDEAS = List.of(
            new Idea(2, "A quiet room for breaks, away from the public floor.", true),
            new Idea(6, "Rotate the evening desk shifts so the same people are not always on late.", false),
            new Idea(11, "Ten minutes at the start of staff meetings to share what went well.", true),
            new Idea(15, "Panic buttons at the service desks of every branch.", true));

    private final DirectoryManagement directory;
    private final SuggestionBox box;
    private final YouSaidWeDid actions;

    YouSaidWeDidSampleContent(DirectoryManagement directory, SuggestionBox box, YouSaidWeDid actions) {
        this.directory = directory;
        this.box = box;
        this.actions = actions;
    }

    /**
     * Fills the box and the board, after the sample town hall ({@link ListeningSampleContent}) whose
     * questions (in its order: the quiet room first, evening coverage second) the actions answer.
     */
    void fill(SampleLibraryCreated event, List<UUID> townHallQuestions) {
        List<UUID> people = event.peopleIds();
        if (people.size() < 20) {
            return;
        }
        CurrentUser lead = people.stream().map(id -> directory.currentUser(id).orElseThrow())
                .filter(YouSaidWeDid::manages).findFirst()
                .orElseGet(() -> directory.currentUser(event.directorId()).orElseThrow());
        if (!YouSaidWeDid.manages(lead)) {
            return;
        }
        List<UUID> ids = new ArrayList<>();
        for (Idea idea : IDEAS) {
            UUID id = box.post(person(people, idea.person()), idea.text(), idea.anonymous()).id();
            ids.add(id);
            for (int i = 1; i <= 3 + idea.person() % 4; i++) {
                box.vote(person(people, (idea.person() + i * 3) % people.size()), id);
            }
        }
        UUID breaks = box.createTheme(lead, "Breaks and rest");
        box.group(lead, ids.get(0), breaks);
        box.group(lead, ids.get(2), breaks);
        UUID room = actions.create(lead, new ActionDraft("A staff quiet room at the central library",
                "The old map room becomes a quiet room for staff breaks, with a comfortable chair and no phones.",
                lead.personId(), "IN_PROGRESS", null, List.of(ids.get(0)), question(townHallQuestions, 0)));
        actions.addUpdate(lead, room, "Facilities cleared the map room; furniture is ordered.", null, null);
        UUID shifts = actions.create(lead, new ActionDraft("Fairer evening desk rota",
                "Supervisors draft a rota in which evening shifts rotate every month.", null, "PLANNED", null,
                List.of(ids.get(1)), question(townHallQuestions, 1)));
        actions.addUpdate(lead, shifts, "Supervisors meet next week to draft the rota.", null, null);
    }

    private static List<UUID> question(List<UUID> questions, int index) {
        return index < questions.size() ? List.of(questions.get(index)) : List.of();
    }

    private CurrentUser person(List<UUID> people, int index) {
        return directory.currentUser(people.get(index)).orElseThrow();
    }
}
