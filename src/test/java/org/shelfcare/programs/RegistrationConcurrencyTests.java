package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 200 registrations arrive at once for the last 10 seats of a session, in parties of one to three:
 * the session is never over-booked, every party is seated whole or waits whole, and the seat count
 * matches the confirmed registrations. Runs on H2 and, with SHELFCARE_TEST_DATABASE_URL, on PostgreSQL.
 */
@IntegrationTest
class RegistrationConcurrencyTests {

    @Autowired Fixtures fixtures;
    @Autowired ProgramsManagement programs;
    @Autowired Registrations registrations;
    @Autowired JdbcClient jdbc;

    @Test
    void twoHundredRegistrationsForTheLastTenSeatsNeverOverBook() throws Exception {
        Fixtures.Library library = fixtures.library("Crowded Library");
        CurrentUser lead = library.person("Lena Lead", Role.WELLNESS_LEAD);
        UUID program = programs.create(lead, ProgramDraft.of("Therapy dogs", ProgramCategory.PET_THERAPY,
                ProgramAudience.BOTH));
        Instant start = Instant.now().plus(Duration.ofDays(2));
        UUID session = programs.addSessions(lead, program, SessionPlan.once(start, start.plus(Duration.ofHours(1)), 10))
                .get(0);

        int attempts = 200;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RegistrationStatus>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                go.await();
                return registrations.register(library.id(), session, Registrations.email("patron" + n + "@example.org"),
                        null, "Patron " + n, "patron" + n + "@example.org", 1 + n % 3, null);
            }));
        }
        go.countDown();
        int confirmed = 0;
        for (Future<RegistrationStatus> result : results) {
            if (result.get(60, TimeUnit.SECONDS) == RegistrationStatus.CONFIRMED) {
                confirmed++;
            }
        }
        pool.shutdown();

        int seatsTaken = jdbc.sql("SELECT seats_taken FROM program_session WHERE id = ?").param(session)
                .query(Integer.class).single();
        int confirmedPeople = jdbc.sql("SELECT COALESCE(sum(party_size), 0) FROM program_registration WHERE session_id = ? AND status = 'CONFIRMED'")
                .param(session).query(Integer.class).single();
        int rows = jdbc.sql("SELECT count(*) FROM program_registration WHERE session_id = ?").param(session)
                .query(Integer.class).single();
        assertThat(confirmedPeople).isLessThanOrEqualTo(10).isEqualTo(seatsTaken);
        assertThat(confirmedPeople).as("the seats fill up: only a party too large for the last seat waits")
                .isGreaterThanOrEqualTo(10 - 2);
        assertThat(confirmed).isPositive();
        assertThat(rows).isEqualTo(attempts);
    }
}
