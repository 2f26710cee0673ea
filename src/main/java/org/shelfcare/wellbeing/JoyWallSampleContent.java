package org.shelfcare.wellbeing;

import java.util.List;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.SampleLibraryCreated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A few made-up Joy Wall posts (named and anonymous), reactions and kudos among the sample
 * library's staff, made through the same services as the pages, so that they follow the same
 * rules: anonymous posts store no author, and only their author's sealed link finds them.
 */
@Component
class JoyWallSampleContent {

    /** Who shares what: the index of a staff member, the text, the wall, anonymous or not. */
    private record Share(int person, String text, WallAudience audience, boolean anonymous) {}

    private static final List<Share> SHARES = List.of(
            new Share(3, "A patron came back to tell us the job-search workshop helped her get an interview.",
                    WallAudience.LIBRARY, false),
            new Share(7, "Every toddler at story time roared on cue during the dinosaur book.", WallAudience.BRANCH,
                    false),
            new Share(12, "Someone left a thank-you card for the whole staff in the book drop.", WallAudience.LIBRARY,
                    true),
            new Share(18, "Finished shifting the 600s and found a 1952 cookbook full of handwritten notes.",
                    WallAudience.LIBRARY, true));

    private final DirectoryManagement directory;
    private final Reflections reflections;
    private final JoyWall wall;
    private final Kudos kudos;

    JoyWallSampleContent(DirectoryManagement directory, Reflections reflections, JoyWall wall, Kudos kudos) {
        this.directory = directory;
        this.reflections = reflections;
        this.wall = wall;
        this.kudos = kudos;
    }

    @ApplicationModuleListener
    void on(SampleLibraryCreated event) {
        List<UUID> people = event.peopleIds();
        if (people.size() < 20) {
            return;
        }
        for (Share share : SHARES) {
            CurrentUser author = person(people, share.person());
            UUID entry = reflections.write(author, ReflectionKind.JOY, new ReflectionDraft(share.text(), null));
            UUID unit = wall.choices(author).stream().filter(choice -> choice.audience() == share.audience())
                    .map(WallAudienceChoice::unitId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            UUID post = wall.share(author, entry, new ShareRequest(share.audience().name(), unit, share.anonymous()));
            for (int i = 1; i <= 4; i++) {
                CurrentUser reader = person(people, (share.person() + i * 5) % people.size());
                if (share.audience() == WallAudience.LIBRARY) {
                    wall.react(reader, post, WallReaction.values()[(share.person() + i) % WallReaction.values().length],
                            true);
                }
            }
        }
        give(people, 0, 9, "Thank you for keeping the branch calm during the power cut. You made it look easy.",
                KudosVisibility.WALL);
        give(people, 5, 3, "Your workshop slides were so clear that I am borrowing the layout.", KudosVisibility.WALL);
        give(people, 14, 7, "Thanks for covering my desk hour on short notice.", KudosVisibility.PRIVATE);
    }

    private void give(List<UUID> people, int from, int to, String text, KudosVisibility visibility) {
        kudos.give(person(people, from), new KudosDraft(people.get(to).toString(), text, visibility.name()));
    }

    private CurrentUser person(List<UUID> people, int index) {
        return directory.currentUser(people.get(index)).orElseThrow();
    }
}
