package org.shelfcare.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.SampleLibraryCreated;
import org.shelfcare.privacy.KeyOwner;
import org.shelfcare.privacy.SealedField;
import org.shelfcare.privacy.SealedText;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A few past incidents for the sample library, so that a visitor sees what a finished report, a
 * supplemental note and a care track look like. Made up, written the way the form asks: facts in
 * order, exact words, no opinions.
 */
@Component
class IncidentSampleContent {

    /** A sample report: type, days ago, hour, area, what happened, actions, reporter and affected by position in the sample. */
    private record Sample(String type, int daysAgo, int hour, String area, String description,
            Set<IncidentAction> actions, @Nullable String actionsDetail, int reporter, List<Integer> affected,
            @Nullable String note, @Nullable String careNote) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample("CHALLENGING_PATRON", 20, 16, "Front desk",
                    "An adult patron asked to extend a laptop loan past closing. When I said the laptops go back at 5:45,"
                            + " he raised his voice and said \"You people never help anyone, I'll be back for you.\""
                            + " I stepped back behind the desk and said I could book him a laptop for tomorrow morning."
                            + " He left at 5:50.",
                    Set.of(IncidentAction.DE_ESCALATION), "Offered a booking for the next morning; a colleague stayed nearby.",
                    1, List.of(1), "The patron came back two days later, booked a laptop and apologized at the desk.",
                    "Talked with the reporter the same evening. Shaken but OK; asked for EAP details, which I sent."),
            new Sample("BOMB_THREAT", 62, 11, "Circulation phone",
                    "A caller said \"There is a bomb in the library, it goes off at noon\" and hung up after about 20"
                            + " seconds. Calm male voice, traffic noise in the background. I wrote down the words, called"
                            + " 911 from another phone and told the branch manager. Police decided to evacuate; the search"
                            + " found nothing and we reopened at 1:30.",
                    Set.of(IncidentAction.POLICE_CALLED), "Evacuated on police advice; no radios or phones used near the"
                            + " suspicious area.", 2, List.of(2, 3), null,
                    "Checked in with both colleagues the next day; one would like to talk again in a week."),
            new Sample("MEDICAL", 6, 14, "Reading room",
                    "A patron in the reading room slumped in her chair and did not answer when I spoke to her. I called"
                            + " 911 at 2:12; she came round before the ambulance arrived at 2:20 and was taken to hospital.",
                    Set.of(IncidentAction.EMS_CALLED), null, 3, List.of(), null, null));

    private final Incidents incidents;
    private final SealedText sealedText;
    private final DirectoryManagement directory;
    private final FollowUpSampleContent followUps;
    private final PlaybookSampleContent playbooks;

    IncidentSampleContent(Incidents incidents, SealedText sealedText, DirectoryManagement directory,
            FollowUpSampleContent followUps, PlaybookSampleContent playbooks) {
        this.playbooks = playbooks;
        this.incidents = incidents;
        this.sealedText = sealedText;
        this.directory = directory;
        this.followUps = followUps;
    }

    @ApplicationModuleListener
    void on(SampleLibraryCreated sample) {
        UUID org = sample.organizationId();
        ZoneId zone = directory.organization(org).zone();
        List<UUID> people = sample.peopleIds();
        UUID branch = sample.branchIds().isEmpty() ? null : sample.branchIds().get(0);
        UUID careContact = directory.activeWithRole(org, Role.CARE_CONTACT).stream().findFirst()
                .orElse(sample.directorId());
        for (Sample s : SAMPLES) {
            UUID reporter = people.get(Math.min(s.reporter(), people.size() - 1));
            Instant occurred = LocalDate.now(zone).minusDays(s.daysAgo()).atTime(s.hour(), 0).atZone(zone).toInstant();
            UUID id = UUID.randomUUID();
            incidents.insert(id, org, reporter, occurred.plus(1, ChronoUnit.HOURS));
            List<UUID> affected = s.affected().stream().filter(i -> i < people.size()).map(people::get).toList();
            incidents.save(org, id, new IncidentDraft(s.type(), occurred, branch, s.area(), s.description(), null, null,
                    s.actions(), s.actionsDetail(), null, null, List.of(), List.of(), affected));
            incidents.submit(org, id, occurred.plus(1, ChronoUnit.HOURS));
            if ("BOMB_THREAT".equals(s.type())) {
                playbooks.bombThreat(org, id, reporter, sample.directorId(), occurred,
                        directory.organization(org).defaultLocale());
            }
            if (s.note() != null) {
                incidents.insertNote(org, id, UUID.randomUUID(), sample.directorId(), s.note(),
                        occurred.plus(2, ChronoUnit.DAYS));
            }
            if (s.careNote() != null) {
                UUID noteId = UUID.randomUUID();
                String sealed = sealedText.seal(KeyOwner.care(org), SealedField.of(Incidents.CARE_NOTE_TABLE, "body", noteId),
                        s.careNote()).text();
                incidents.insertCareNote(org, id, noteId, sample.directorId(), sealed, occurred.plus(1, ChronoUnit.DAYS));
            }
            followUps.add(org, id, affected, occurred.plus(1, ChronoUnit.HOURS), careContact, Instant.now());
        }
    }
}
