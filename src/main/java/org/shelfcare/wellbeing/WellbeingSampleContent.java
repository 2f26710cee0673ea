package org.shelfcare.wellbeing;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.SampleLibraryCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Made-up personal wellbeing content for the sample library, so that a visitor signing in as one of
 * its staff finds a few weeks of check-ins, intentions, joy and gratitude notes and journal entries,
 * and a few leaders' corner posts from its supervisors. Everything goes through the module's own
 * services, so private text is sealed with each person's key exactly like real entries, and it all
 * belongs to the sample, so deleting the sample (a cascade from its organization) removes it.
 * <p>
 * A few people the visitor is offered to sign in as, and some colleagues, get three weeks; everyone
 * else a week of check-ins. The same sample always gets the same story (a fixed seed per person).
 */
@Component
class WellbeingSampleContent {

    /** How far back the regulars' history goes, and everyone else's. */
    static final int REGULAR_DAYS = 21;
    static final int OTHER_DAYS = 7;

    /** The people with three weeks of history: the sample's suggested sign-ins and a few colleagues. */
    static final Set<String> REGULARS = Set.of("Margaret Chen", "Luis Hernández", "Grace Kim", "Emma Walsh",
            "Sofia Alvarez", "Hannah Lee", "Tom Becker", "Aaliyah Johnson", "Marcus Brown", "Fatima Hassan");

    private static final Logger log = LoggerFactory.getLogger(WellbeingSampleContent.class);

    private final WellbeingManagement checkIns;
    private final Reflections reflections;
    private final Journal journal;
    private final LeadersCorner leaders;
    private final DirectoryManagement directory;
    private final JdbcClient jdbc;

    WellbeingSampleContent(WellbeingManagement checkIns, Reflections reflections, Journal journal,
            LeadersCorner leaders, DirectoryManagement directory, JdbcClient jdbc) {
        this.checkIns = checkIns;
        this.reflections = reflections;
        this.journal = journal;
        this.leaders = leaders;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(SampleLibraryCreated event) {
        long started = System.nanoTime();
        List<CurrentUser> people = new ArrayList<>();
        for (UUID id : event.peopleIds()) {
            directory.currentUser(id).filter(p -> p.organizationId().equals(event.organizationId()))
                    .ifPresent(people::add);
        }
        int index = 0;
        for (CurrentUser person : people) {
            Random random = new Random(31L * index++ + 7);
            if (REGULARS.contains(person.name())) {
                regular(person, random);
            } else {
                occasional(person, random);
            }
        }
        leadersCorner(people);
        log.info("Sample library {}: wellbeing content for {} people in {} ms", event.organizationId(), people.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Three weeks: check-ins on most days, intentions, joy, gratitude and two journal entries. */
    private void regular(CurrentUser person, Random random) {
        LocalDate today = LocalDate.now(person.zone());
        int mood = 3 + random.nextInt(2);
        for (int back = REGULAR_DAYS; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            if (random.nextInt(10) < 7) {
                mood = Math.max(1, Math.min(5, mood + random.nextInt(3) - 1));
                checkIn(person, random, day, mood);
            }
            if (random.nextInt(10) < 4) {
                reflect(person, ReflectionKind.INTENTION, day, pick(random, INTENTIONS));
            }
            if (random.nextInt(10) < 3) {
                reflect(person, ReflectionKind.JOY, day, pick(random, JOYS));
            }
            if (random.nextInt(10) < 2) {
                reflect(person, ReflectionKind.GRATITUDE, day, pick(random, GRATITUDE));
            }
        }
        for (int i = 0; i < 2; i++) {
            Entry entry = pick(random, JOURNAL);
            UUID id = journal.write(person, new JournalDraft(entry.title(), entry.body(), entry.tags(), entry.promptId()));
            Instant at = ZonedDateTime.of(today.minusDays(3L + 7L * i + random.nextInt(4)), LocalTime.of(18, 40 + i),
                    person.zone()).toInstant();
            // only the plain dates are moved back; the sealed text stays as the service wrote it
            jdbc.sql("UPDATE wellbeing_journal_entry SET created_at = ?, updated_at = ? WHERE id = ? AND org_id = ?")
                    .params(Timestamp.from(at), Timestamp.from(at), id, person.organizationId()).update();
        }
    }

    /** A week: a few check-ins and, now and then, a joy entry. */
    private void occasional(CurrentUser person, Random random) {
        LocalDate today = LocalDate.now(person.zone());
        int mood = 3 + random.nextInt(2);
        for (int back = OTHER_DAYS; back >= 1; back--) {
            if (random.nextInt(10) < 5) {
                mood = Math.max(1, Math.min(5, mood + random.nextInt(3) - 1));
                checkIn(person, random, today.minusDays(back), mood);
            }
        }
        if (random.nextInt(3) == 0) {
            reflect(person, ReflectionKind.JOY, today.minusDays(1 + random.nextInt(OTHER_DAYS)), pick(random, JOYS));
        }
    }

    private void checkIn(CurrentUser person, Random random, LocalDate day, int mood) {
        int energy = Math.max(1, Math.min(5, mood + random.nextInt(3) - 1));
        int stress = Math.max(1, Math.min(5, 6 - mood + random.nextInt(3) - 1));
        String note = random.nextInt(10) < 3 ? pick(random, NOTES) : null;
        checkIns.checkIn(person, new CheckInDraft(mood, energy, stress, note, day.toString()));
    }

    /** At most one of each kind a day, so the one-intention-a-day rule always holds. */
    private void reflect(CurrentUser person, ReflectionKind kind, LocalDate day, String text) {
        reflections.write(person, kind, new ReflectionDraft(text, day.toString()));
    }

    /** The first supervisors (director first) each share one or two reflections. */
    private void leadersCorner(List<CurrentUser> people) {
        List<CurrentUser> supervisors = people.stream().filter(p -> p.has(Role.SUPERVISOR)).toList();
        for (int i = 0; i < POSTS.size() && !supervisors.isEmpty(); i++) {
            Post post = POSTS.get(i);
            CurrentUser author = supervisors.get(Math.min(post.author(), supervisors.size() - 1));
            Instant at = ZonedDateTime.of(LocalDate.now(author.zone()).minusDays(post.daysAgo()), LocalTime.of(8, 15),
                    author.zone()).toInstant();
            leaders.write(author, new LeaderPostDraft(post.title(), post.body(), post.audience().name()), at);
        }
        Optional<CurrentUser> wellnessLead = people.stream().filter(p -> p.has(Role.WELLNESS_LEAD)).findFirst();
        wellnessLead.ifPresent(lead -> leaders.write(lead, new LeaderPostDraft("Lunch away from the desk",
                "As wellness lead I notice I preach breaks more than I take them. This week I ate lunch in the "
                        + "courtyard three times instead of at the reference desk, and the afternoons felt lighter. "
                        + "The courtyard bench is big enough for two, if you want company.",
                LeaderAudience.LIBRARY.name()), ZonedDateTime.of(LocalDate.now(lead.zone()).minusDays(2),
                LocalTime.of(12, 30), lead.zone()).toInstant()));
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    // ---- the made-up texts -----------------------------------------------------------------------

    private record Entry(@Nullable String title, String body, List<String> tags, @Nullable String promptId) {}

    /** {@code author} is the position among the sample's supervisors, the director being 0. */
    private record Post(int author, @Nullable String title, String body, LeaderAudience audience, int daysAgo) {}

    private static final List<String> NOTES = List.of(
            "Storytime ran long but the kids were delighted.",
            "Short on sleep. Took the slow route in and that helped.",
            "Busy desk all afternoon; two patrons were very kind.",
            "Headache by three. Water and a walk around the block.",
            "Good day. Finished the display for the new arrivals.",
            "A difficult conversation at the desk. I stayed calm and asked for backup.",
            "Quiet morning, lots of shelving, my favorite kind of focus.",
            "Felt stretched between the desk and the program room.",
            "Coffee with a colleague at break, needed that.",
            "Printer trouble all day; laughed about it in the end.",
            "Tired, but the teen book club showed up in force.",
            "Covered an extra shift. Going to bed early.");

    private static final List<String> INTENTIONS = List.of(
            "Take my full lunch break away from the desk.",
            "Listen all the way to the end before I answer.",
            "One thing at a time this morning.",
            "Ask for help with the returns backlog instead of staying late.",
            "Notice one good moment at the desk.",
            "Drink water between patrons.",
            "Be patient with the new self-checkout, and with myself.",
            "Leave on time today.",
            "Say thank you to someone who usually goes unnoticed.",
            "Breathe before I reply to email.",
            "Walk the long way to the workroom once.",
            "Keep my focus hour free of meetings.");

    private static final List<String> JOYS = List.of(
            "A boy found the dinosaur book he had been asking about for weeks.",
            "A regular brought us cookies to say thanks for the tax forms help.",
            "The seniors' tech class finally got everyone on video call with family.",
            "Someone left a note in the book drop: 'You are my favorite place in town.'",
            "The new picture books smell wonderful.",
            "A teen volunteered to read to the little ones at storytime.",
            "A patron got her first library card at 72 and was so proud.",
            "We found a first edition in the donation pile.",
            "The whole team laughed together at the end of a long shift.",
            "A student told me she passed the exam she studied for here.",
            "The display on local history got three people talking to each other.",
            "A toddler said 'book!' and hugged the shelf.");

    private static final List<String> GRATITUDE = List.of(
            "Grateful for colleagues who cover without being asked.",
            "Thankful for the quiet hour before opening.",
            "Grateful that the heating works again.",
            "Thankful for my supervisor checking in after a hard shift.",
            "Grateful for a patron's patience while the system was down.",
            "Thankful for the volunteers who sort the donations.",
            "Grateful for my bike ride in this morning.",
            "Thankful for the custodial team, who make everything possible.",
            "Grateful for a good night's sleep.",
            "Thankful for the new chairs in the break room.");

    private static final List<Entry> JOURNAL = List.of(
            new Entry("After the busy Saturday", "The line at the desk never stopped. What helped was taking two minutes "
                    + "in the workroom to breathe, and a colleague taking over the phones without being asked. Next time I will "
                    + "ask sooner instead of waiting until I am overwhelmed.", List.of("hard shift", "teamwork"),
                    "hardShift-2"),
            new Entry("A small thank you", "I am grateful for the patron who waited patiently while the catalog was down "
                    + "and then told me I was doing a great job. It changed the whole afternoon.",
                    List.of("gratitude"), "gratitude-1"),
            new Entry("Really listening", "Today an older gentleman told me about his late wife, who loved mysteries. I "
                    + "did not try to fix anything, just listened. He left with three books and a smile.",
                    List.of("listening", "patrons"), "listening-1"),
            new Entry("Saying no kindly", "I agreed to run another program this month and I already feel stretched. "
                    + "Next time I want to say: I would love to help, and I can start after the summer reading kickoff.",
                    List.of("boundaries"), "boundaries-2"),
            new Entry(null, "Walked around the park at lunch. Noticed the maple by the fountain turning red, heard "
                    + "geese, felt my shoulders drop. Twenty minutes was enough to come back clearer.",
                    List.of("walking"), "walking-1"),
            new Entry("Library joy", "The teen room was loud in the best way: a chess tournament, two kids drawing comics, "
                    + "and someone reading poetry out loud. This is why I do this work.", List.of("joy"), "joy-1"));

    private static final List<Post> POSTS = List.of(
            new Post(0, "I am taking my vacation, all of it",
                    "Last year I carried unused vacation days into the new year and told myself it was dedication. It "
                            + "was not; I was tired and short with people I care about. This year I am taking all of "
                            + "mine, starting with a week in two weeks. Please take yours too. The library will be fine.",
                    LeaderAudience.LIBRARY, 12),
            new Post(2, "A hard week at the desk",
                    "Honestly, this week wore me down. Two difficult patron encounters and the system outage on "
                            + "Wednesday. What helped: the walk along the river after work and talking it through with "
                            + "our director. If your week was hard too, my door is open, and so is the break room.",
                    LeaderAudience.TEAM, 6),
            new Post(3, null,
                    "I used to answer email at night. I have stopped: my phone stays in my bag after six. If something "
                            + "truly cannot wait, call me. I hope this makes it easier for you to switch off as well.",
                    LeaderAudience.TEAM, 9),
            new Post(0, "Asking for help is part of the job",
                    "I asked our HR partner for help this month when a family matter took more of me than I expected. "
                            + "I share it because I want everyone here to know that the EAP and a day off are there for "
                            + "all of us, directors included.",
                    LeaderAudience.LIBRARY, 3),
            new Post(7, "Small breaks, big difference",
                    "At Eastside we tried a five-minute pause at two every afternoon: tea, a stretch, nothing else. I "
                            + "was skeptical. I am not any more; I go home less tired.",
                    LeaderAudience.TEAM, 4));
}
