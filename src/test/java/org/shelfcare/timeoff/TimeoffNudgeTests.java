package org.shelfcare.timeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.NotificationPreferences;
import org.shelfcare.notifications.NotificationView;
import org.shelfcare.notifications.QuietHours;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.ErrorResponseException;

/**
 * The no-guilt nudge: off by default, a kind private reminder after N months without time off, at
 * most once in N months, switchable off by each person; and who supervisors and admins see.
 */
@IntegrationTest
class TimeoffNudgeTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TimeoffManagement timeoff;
    @Autowired NoGuiltNudge nudge;
    @Autowired NotificationManagement notifications;

    Fixtures.Library library;
    CurrentUser supervisor;
    CurrentUser tired;
    CurrentUser rested;
    CurrentUser elsewhere;

    @BeforeEach
    void people() {
        library = fixtures.library("Nudge Library");
        supervisor = library.person("Nell Supervisor", Role.SUPERVISOR);
        tired = library.reportOf(supervisor, "Toby Tired");
        rested = library.reportOf(supervisor, "Rosa Rested");
        elsewhere = library.person("Esme Elsewhere");
    }

    @Test
    void offByDefaultThenOnceInNMonthsForWhoeverHadNoTimeOff() {
        assertThat(nudge.setting(supervisor)).isEqualTo(new NoGuiltNudge.Setting(false, 6));
        assertThat(nudge.unrested(supervisor).names()).isEmpty();

        nudge.change(library.admin(), true, "6");
        // as if the nudge had been watching for seven months
        jdbc.sql("UPDATE timeoff_nudge SET watched_since = ? WHERE org_id = ?")
                .params(Date.valueOf(LocalDate.now().minusMonths(7)), library.id()).update();
        LocalDate day = timeoff.today(rested).minusDays(10);
        timeoff.request(rested, new LeaveDraft("SICK", day.toString(), day.toString(), null, null, null, null), null);

        assertThat(nudge.unrested(supervisor).names()).containsExactly(tired.name());
        assertThat(nudge.unrested(library.admin()).names()).contains(tired.name(), elsewhere.name(), supervisor.name())
                .doesNotContain(rested.name());
        assertThatThrownBy(() -> nudge.unrested(tired))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(403));

        // Esme switched the reminder off
        notifications.savePreferences(elsewhere, new NotificationPreferences(QuietHours.OFF,
                List.of(new NotificationPreferences.TypePreference(NoGuiltNudge.NOTICE, false, false))));
        nudge.sendDue(Instant.now());
        assertThat(nudges(tired)).extracting(NotificationView::messageKey).containsExactly("timeoff.nudge.notice");
        assertThat(nudges(rested)).isEmpty();
        assertThat(nudges(elsewhere)).isEmpty();
        assertThat(nudges(supervisor)).as("private: nobody hears of someone else's").hasSize(1);

        nudge.sendDue(Instant.now());
        assertThat(nudges(tired)).as("at most once in N months").hasSize(1);
    }

    @Test
    void aSwitchedOffNudgeSendsNothingAndMonthsAreChecked() {
        jdbc.sql("INSERT INTO timeoff_nudge (org_id, person_id, watched_since) VALUES (?, ?, ?)")
                .params(library.id(), tired.personId(), Date.valueOf(LocalDate.now().minusYears(2))).update();
        nudge.sendDue(Instant.now());
        assertThat(nudges(tired)).isEmpty();
        assertThatThrownBy(() -> nudge.change(library.admin(), true, "0")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> nudge.change(supervisor, true, "6"))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
    }

    @Test
    void thePageShowsNamesOnlyAndAdminsChangeTheSetting() throws Exception {
        assertThat(mvc.perform(post("/timeoff/nudge").with(Fixtures.as(library.admin())).with(csrf())
                .param("enabled", "true").param("months", "3")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(nudge.setting(supervisor)).isEqualTo(new NoGuiltNudge.Setting(true, 3));
        jdbc.sql("UPDATE timeoff_nudge SET watched_since = ? WHERE org_id = ?")
                .params(Date.valueOf(LocalDate.now().minusMonths(4)), library.id()).update();

        String page = mvc.perform(get("/timeoff/nudge").with(Fixtures.as(supervisor))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("No time off in the last 3 months", tired.name(), rested.name())
                .doesNotContain(elsewhere.name(), "name=\"months\"");
        String spanish = mvc.perform(post("/timeoff/nudge").with(Fixtures.as(library.admin())).with(csrf())
                .header("Accept-Language", "es").param("enabled", "true").param("months", "cien")).andReturn()
                .getResponse().getContentAsString();
        assertThat(spanish).contains("Escriba un número entero de meses entre 1 y 24.", "value=\"cien\"");
        assertThat(mvc.perform(get("/timeoff/nudge").with(Fixtures.as(tired))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private List<NotificationView> nudges(CurrentUser person) {
        return notifications.notifications(person).stream().filter(n -> n.type().equals(NoGuiltNudge.NOTICE)).toList();
    }
}
