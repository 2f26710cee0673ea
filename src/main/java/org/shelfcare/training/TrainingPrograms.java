package org.shelfcare.training;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.directory.RosterMember;
import org.shelfcare.programs.ProgramView;
import org.shelfcare.programs.ProgramsManagement;
import org.shelfcare.programs.SessionView;
import org.shelfcare.programs.StaffCheckedIn;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Trainings offered as programs: a catalog item may name a staff program (programs module); "My
 * training" shows that program's upcoming sessions, and a colleague checked in at one of its
 * sessions gets a completion, once per session. The completion is verified at once when whoever
 * checked them in could have verified it on the review page (an admin, a wellness lead or the
 * person's supervisor, not the person themselves), and waits for review otherwise, like one the
 * person recorded.
 */
@Service
public class TrainingPrograms {

    /** How many upcoming sessions "My training" shows per training. */
    public static final int UPCOMING = 3;

    private final ProgramsManagement programs;
    private final TrainingManagement training;
    private final DirectoryManagement directory;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    TrainingPrograms(ProgramsManagement programs, TrainingManagement training, DirectoryManagement directory,
            JdbcClient jdbc, MessageSource messages) {
        this.programs = programs;
        this.training = training;
        this.directory = directory;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** A linked program as the person sees it, with its next sessions that are not cancelled. */
    public record Offer(ProgramView program, List<SessionView> upcoming) {}

    /** The programs a manager may link a training to: published or draft programs for staff that they can see. */
    public List<ProgramView> linkable(CurrentUser manager) {
        return programs.programs(manager).stream().filter(p -> p.audience().staff()).toList();
    }

    /**
     * For each training the person is offered that names a program they can see, that program and
     * its next sessions (item id to offer). Each call to the programs module runs on its own, so that
     * a program the person may not see is simply left out.
     */
    public Map<UUID, Offer> offers(CurrentUser me) {
        Map<UUID, Offer> offers = new LinkedHashMap<>();
        Instant now = Instant.now();
        for (CatalogItem item : training.catalog(me)) {
            if (item.retired() || item.programId() == null) {
                continue;
            }
            try {
                ProgramView program = programs.program(me, item.programId());
                if (program.draft() || !program.audience().staff()) {
                    continue;
                }
                List<SessionView> upcoming = programs.sessions(me, program.id()).stream()
                        .filter(s -> !s.cancelled() && s.startsAt().isAfter(now)).limit(UPCOMING).toList();
                offers.put(item.id(), new Offer(program, upcoming));
            } catch (ErrorResponseException gone) {
                // a program that was deleted, or one the person may not see
            }
        }
        return offers;
    }

    /** A colleague was checked in at a session: a completion of every training that names its program, once. */
    @ApplicationModuleListener
    void on(StaffCheckedIn checkIn) {
        List<UUID> items = jdbc.sql("SELECT id FROM training_item WHERE org_id = ? AND program_id = ? AND retired = FALSE")
                .params(checkIn.organizationId(), checkIn.programId()).query(UUID.class).list();
        if (items.isEmpty()) {
            return;
        }
        RosterMember person = directory.roster(checkIn.organizationId()).stream()
                .filter(m -> m.id().equals(checkIn.personId())).findFirst().orElse(null);
        if (person == null) {
            return;
        }
        OrganizationView org = directory.organization(checkIn.organizationId());
        // the day of the session, or today for someone checked in ahead of it (a completion is never in the future)
        LocalDate today = LocalDate.now(org.zone());
        LocalDate session = LocalDate.ofInstant(checkIn.startsAt(), org.zone());
        LocalDate on = session.isAfter(today) ? today : session;
        boolean verified = verifies(checkIn.checkedInBy(), person);
        Instant now = Instant.now();
        String note = messages.getMessage("training.fromSession", null, org.defaultLocale());
        for (UUID item : items) {
            jdbc.sql("""
                    INSERT INTO training_completion (id, org_id, item_id, person_id, completed_on, note, status,
                        reviewed_by, reviewed_at, session_id, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(UUID.randomUUID(), checkIn.organizationId(), item, person.id(), Date.valueOf(on), note,
                            verified ? CompletionStatus.VERIFIED.name() : CompletionStatus.PENDING.name(),
                            verified ? checkIn.checkedInBy() : null, verified ? Timestamp.from(now) : null,
                            checkIn.sessionId(), Timestamp.from(now))
                    .update();
        }
    }

    /** Whether the one who checked the person in could have verified their completion on the review page. */
    private boolean verifies(UUID checkedInBy, RosterMember person) {
        if (checkedInBy.equals(person.id())) {
            return false;
        }
        CurrentUser checker = directory.currentUser(checkedInBy).orElse(null);
        return checker != null && (TrainingManagement.manages(checker)
                || (TrainingManagement.reviews(checker) && checkedInBy.equals(person.supervisorId())));
    }
}
