package org.shelfcare.wellbeing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.NotificationView;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.web.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optional check-in reminder: off by default, due on the chosen days at the chosen time in the
 * person's own zone, at most once a day and never after they checked in. The job is driven directly
 * with a given instant rather than by waiting for the scheduler.
 */
@IntegrationTest
class CheckInReminderTests {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired CheckInReminders reminders;
    @Autowired WellbeingManagement wellbeing;
    @Autowired NotificationManagement notifications;
    @Autowired MessageSource messages;
    @Autowired List<RecurringTask<?>> tasks;

    CurrentUser pat;

    @BeforeEach
    void person() {
        CurrentUser created = fixtures.library("Reminder Library").person("Pat Reminder");
        jdbc.sql("UPDATE person SET time_zone = ? WHERE id = ?").params(CHICAGO.getId(), created.personId()).update();
        pat = fixtures.directory().currentUser(created.personId()).orElseThrow();
    }

    /** Next week's Wednesday. */
    private static LocalDate wednesday() {
        return LocalDate.now(CHICAGO).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
    }

    /** Next week's Wednesday at {@code hour:minute} in Chicago, as an instant. */
    private static Instant wednesdayAt(int hour, int minute) {
        return ZonedDateTime.of(wednesday(), LocalTime.of(hour, minute), CHICAGO).toInstant();
    }

    private List<NotificationView> remindersOf(CurrentUser person) {
        return notifications.notifications(person).stream().filter(n -> n.type().equals(CheckInReminders.TYPE)).toList();
    }

    private void onWednesdaysAndFridaysAt(String time) {
        reminders.save(pat, new CheckInReminderDraft(true, List.of("WEDNESDAY", "FRIDAY"), time));
    }

    @Test
    void dueOnlyOnAChosenDayFromItsTimeInThePersonsZone() {
        CheckInReminder reminder = new CheckInReminder(true, EnumSet.of(DayOfWeek.WEDNESDAY), LocalTime.of(9, 30));
        ZonedDateTime wednesday = ZonedDateTime.of(2026, 12, 2, 9, 30, 0, 0, CHICAGO);

        assertThat(reminder.dueAt(wednesday)).isTrue();
        assertThat(reminder.dueAt(wednesday.minusMinutes(1))).as("before its time").isFalse();
        assertThat(reminder.dueAt(wednesday.plusMinutes(119))).isTrue();
        assertThat(reminder.dueAt(wednesday.plus(CheckInReminder.LATEST))).as("too late in the day").isFalse();
        assertThat(reminder.dueAt(wednesday.plusDays(1))).as("Thursday is not chosen").isFalse();
        assertThat(reminder.dueAt(ZonedDateTime.of(2026, 12, 2, 9, 30, 0, 0, ZoneId.of("Asia/Tokyo"))
                .withZoneSameInstant(CHICAGO))).as("09:30 in Tokyo is Tuesday evening in Chicago").isFalse();
        assertThat(new CheckInReminder(false, EnumSet.of(DayOfWeek.WEDNESDAY), LocalTime.of(9, 30)).dueAt(wednesday))
                .as("switched off").isFalse();
    }

    @Test
    void sentOnceOnAChosenDayAtTheChosenLocalTimeWithGentleWords() {
        onWednesdaysAndFridaysAt("09:30");

        reminders.sendDue(wednesdayAt(9, 29));
        assertThat(remindersOf(pat)).as("one minute early in Chicago").isEmpty();
        reminders.sendDue(ZonedDateTime.of(wednesday(), LocalTime.of(9, 45), ZoneId.of("UTC")).toInstant());
        assertThat(remindersOf(pat)).as("09:45 in UTC is the small hours in Chicago").isEmpty();

        reminders.sendDue(wednesdayAt(9, 31));
        reminders.sendDue(wednesdayAt(9, 36));
        reminders.sendDue(wednesdayAt(10, 15));
        List<NotificationView> sent = remindersOf(pat);
        assertThat(sent).as("not twice a day").hasSize(1);
        assertThat(messages.getMessage(sent.get(0).messageKey(), sent.get(0).args().toArray(), Locale.ENGLISH))
                .isEqualTo("A moment for you: how are you today?");
        assertThat(sent.get(0).link()).isEqualTo("/wellbeing/check-in");

        reminders.sendDue(wednesdayAt(9, 31).plus(Duration.ofDays(1)));
        assertThat(remindersOf(pat)).as("Thursday is not chosen").hasSize(1);
        reminders.sendDue(wednesdayAt(9, 31).plus(Duration.ofDays(2)));
        assertThat(remindersOf(pat)).as("Friday is").hasSize(2);
    }

    @Test
    void notSentOnADayThePersonHasAlreadyCheckedIn() {
        LocalDate today = LocalDate.now(CHICAGO);
        CheckInReminderDraft todayAtMidnight = new CheckInReminderDraft(true, List.of(today.getDayOfWeek().name()), "00:00");
        CurrentUser quinn = fixtures.directory().currentUser(
                fixtures.library("Reminder Neighbours").person("Quinn Notyet").personId()).orElseThrow();
        jdbc.sql("UPDATE person SET time_zone = ? WHERE id = ?").params(CHICAGO.getId(), quinn.personId()).update();
        reminders.save(pat, todayAtMidnight);
        reminders.save(quinn, todayAtMidnight);
        wellbeing.checkIn(pat, new CheckInDraft(4, 3, 2, null, today.toString()));

        reminders.sendDue(ZonedDateTime.of(today, LocalTime.of(0, 30), CHICAGO).toInstant());

        assertThat(remindersOf(pat)).isEmpty();
        assertThat(remindersOf(quinn)).as("someone who has not checked in yet").hasSize(1);
    }

    @Test
    void offByDefaultAndNothingIsSentWhenOff() {
        assertThat(reminders.reminder(pat)).isEqualTo(CheckInReminder.OFF);
        reminders.sendDue(wednesdayAt(10, 0));
        assertThat(remindersOf(pat)).isEmpty();

        onWednesdaysAndFridaysAt("10:00");
        reminders.save(pat, new CheckInReminderDraft(false, List.of("WEDNESDAY"), "10:00"));
        reminders.sendDue(wednesdayAt(10, 0));
        assertThat(remindersOf(pat)).isEmpty();
    }

    @Test
    void badSettingsAreRefusedAndTheOldOneKept() {
        onWednesdaysAndFridaysAt("08:00");

        assertThatThrownBy(() -> reminders.save(pat, new CheckInReminderDraft(true, List.of(), "25:99")))
                .isInstanceOf(InvalidInput.class).satisfies(e -> assertThat(((InvalidInput) e).errors())
                        .extracting(InvalidInput.FieldError::field).containsExactly("days", "time"));
        assertThatThrownBy(() -> reminders.save(pat, new CheckInReminderDraft(true, List.of("FUNDAY"), "08:00")))
                .isInstanceOf(InvalidInput.class);
        assertThat(reminders.reminder(pat))
                .isEqualTo(new CheckInReminder(true, Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0)));
    }

    @Test
    void theScheduledTaskIsRegistered() {
        assertThat(tasks).extracting(task -> task.getName()).contains(CheckInReminderSchedule.TASK);
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ?")
                .param(CheckInReminderSchedule.TASK).query(Integer.class).single()).isEqualTo(1);
        assertThat(notifications.types()).extracting(t -> t.code()).contains(CheckInReminders.TYPE);
    }

    @Test
    void thePageAndTheApiKeepTheSetting() throws Exception {
        String page = mvc.perform(get("/wellbeing/reminder").with(Fixtures.as(pat)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("A moment for you: how are you today?").contains("America/Chicago");

        MockHttpServletResponse refused = mvc.perform(post("/wellbeing/reminder").with(Fixtures.as(pat)).with(csrf())
                .param("enabled", "true").param("time", "07:45")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Pick at least one day, or switch the reminder off.")
                .contains("value=\"07:45\"");

        assertThat(mvc.perform(post("/wellbeing/reminder").with(Fixtures.as(pat)).with(csrf()).param("enabled", "true")
                .param("time", "07:45").param("days", "MONDAY", "THURSDAY")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        JsonNode mine = read(mvc.perform(get("/api/v1/wellbeing/reminder").with(Fixtures.as(pat))).andReturn()
                .getResponse(), 200);
        assertThat(mine.get("enabled").asBoolean()).isTrue();
        assertThat(mine.get("time").asString()).isEqualTo("07:45");
        assertThat(mine.get("timeZone").asString()).isEqualTo("America/Chicago");
        assertThat(mine.get("days").toString()).isEqualTo("[\"MONDAY\",\"THURSDAY\"]");

        JsonNode bad = read(mvc.perform(put("/api/v1/wellbeing/reminder").with(Fixtures.as(pat)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":true,\"days\":[],\"time\":\"soon\"}"))
                .andReturn().getResponse(), 400);
        assertThat(bad.toString()).contains("#/days").contains("#/time");

        JsonNode off = read(mvc.perform(put("/api/v1/wellbeing/reminder").with(Fixtures.as(pat)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false,\"days\":[\"SUNDAY\"],\"time\":\"18:00\"}"))
                .andReturn().getResponse(), 200);
        assertThat(off.get("enabled").asBoolean()).isFalse();
        assertThat(reminders.reminder(pat).enabled()).isFalse();
    }

    private JsonNode read(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString());
    }
}
