package org.shelfcare.programs;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.SampleLibraryCreated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Programs for the sample library: a monthly pet therapy visit for staff and patrons, a weekly
 * poetry club for teens on the public page, and a monthly "Bring Your Own Cup" gathering for
 * staff, drop-in. Made up.
 */
@Component
class ProgramSampleContent {

    private final Programs programs;
    private final DirectoryManagement directory;

    ProgramSampleContent(Programs programs, DirectoryManagement directory) {
        this.programs = programs;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(SampleLibraryCreated sample) {
        UUID org = sample.organizationId();
        ZoneId zone = directory.organization(org).zone();
        UUID branch = sample.branchIds().isEmpty() ? null : sample.branchIds().get(0);
        List<UUID> people = sample.peopleIds();
        UUID facilitator = people.size() > 2 ? people.get(2) : null;
        LocalDate today = LocalDate.now(zone);

        UUID pets = program(sample, "Pet therapy visit", "A certified therapy dog and its handler visit for a quiet half"
                + " hour: read to the dog, or just say hello. Staff are welcome before opening.", ProgramCategory.PET_THERAPY,
                ProgramAudience.BOTH, null, "Therapy dog team from a volunteer program", branch, "Children's room",
                "Step-free entrance. The dog stays on a leash; a dog-free reading corner is next door.", null, null);
        sessions(org, pets, zone, today.plusMonths(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SATURDAY)),
                LocalTime.of(10, 30), LocalTime.of(11, 30), 15, false, Recurrence.Frequency.MONTHLY, 3);

        UUID poetry = program(sample, "Poetry club for teens", "Read a poem you love, write one of your own, or just"
                + " listen. Snacks provided.", ProgramCategory.POETRY_CLUB, ProgramAudience.PATRONS, facilitator, null,
                branch, "Teen space", "Step-free entrance; large-print copies of the poems on request.", 13, 18);
        sessions(org, poetry, zone, today.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY)),
                LocalTime.of(16, 0), LocalTime.of(17, 0), 12, false, Recurrence.Frequency.WEEKLY, 8);

        UUID cup = program(sample, "Bring Your Own Cup", "Bring a mug and meet colleagues from other branches and"
                + " departments. Tea and coffee provided; no agenda.", ProgramCategory.GATHERING, ProgramAudience.STAFF, null,
                null, branch, "Staff room", "Step-free; seats for everyone.", null, null);
        LocalDate thisMonth = today.with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
        LocalDate firstCup = thisMonth.isAfter(today) ? thisMonth
                : today.plusMonths(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
        sessions(org, cup, zone, firstCup, LocalTime.of(15, 0), LocalTime.of(15, 30), null, true, Recurrence.Frequency.MONTHLY, 6);
    }

    private UUID program(SampleLibraryCreated sample, String title, String description, ProgramCategory category,
            ProgramAudience audience, @Nullable UUID facilitatorId, @Nullable String facilitatorName, @Nullable UUID branch,
            String room, String accessibility, @Nullable Integer ageMin, @Nullable Integer ageMax) {
        UUID id = UUID.randomUUID();
        programs.insert(new Programs.Row(id, sample.organizationId(), title, description, category, audience,
                ProgramStatus.PUBLISHED, null, facilitatorId, facilitatorName, branch, room, null, accessibility, ageMin,
                ageMax), sample.directorId(), Instant.now());
        return id;
    }

    private void sessions(UUID org, UUID program, ZoneId zone, LocalDate first, LocalTime start, LocalTime end,
            @Nullable Integer capacity, boolean dropIn, Recurrence.Frequency frequency, int count) {
        Instant now = Instant.now();
        for (LocalDate date : new Recurrence(frequency, null, count, Set.of()).dates(first)) {
            programs.insertSession(new Programs.SessionRow(UUID.randomUUID(), program, org,
                    ZonedDateTime.of(date, start, zone).toInstant(), ZonedDateTime.of(date, end, zone).toInstant(),
                    capacity, dropIn, 0, false, 0, null, null), now);
        }
    }
}
