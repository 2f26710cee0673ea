package org.shelfcare.wellbeing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shelfcare.directory.SampleLibraryCreated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Made-up boundaries for the sample library: a handful of its staff share a working agreement and
 * have set a capacity status, so that the colleague list shows what they look like.
 */
@Component
class SampleBoundaries {

    /** Whom the sample agreement belongs to, by position in {@link SampleLibraryCreated#peopleIds()}. */
    private record Sample(int person, String hours, Set<ContactChannel> channels, String response,
            String protectedTime, String howTo, CapacityStatus status) {}

    private static final List<Sample> SAMPLES = List.of(
            new Sample(2, "TUESDAY-FRIDAY 10:00-18:30, SATURDAY 09:00-17:00", EnumSet.of(ContactChannel.IN_PERSON, ContactChannel.CHAT),
                    "Chat during opening hours; email within two working days.",
                    "Friday mornings: rota and scheduling.",
                    "I'm on the floor a lot, so catch me at the circulation desk. If it can wait, a chat message is best.",
                    CapacityStatus.FOCUSED),
            new Sample(11, "MONDAY-FRIDAY 09:00-17:30", EnumSet.of(ContactChannel.CHAT, ContactChannel.EMAIL),
                    "Within a working day.",
                    "",
                    "New to the desk this year. Questions are welcome; I learn best when someone shows me once.",
                    CapacityStatus.AVAILABLE),
            new Sample(17, "MONDAY-FRIDAY 08:30-16:30", EnumSet.of(ContactChannel.IN_PERSON, ContactChannel.EMAIL, ContactChannel.VIDEO_CALL),
                    "Email within two working days. Urgent? Find me in the children's room.",
                    "Wednesday mornings: story time preparation.",
                    "I'd rather hear about a problem early than late. Ask me about the wellness committee any time.",
                    CapacityStatus.AVAILABLE),
            new Sample(20, "MONDAY-THURSDAY 09:00-17:00, FRIDAY 09:00-13:00", EnumSet.of(ContactChannel.EMAIL, ContactChannel.PHONE),
                    "I answer email in the morning and after lunch, not in between.",
                    "Thursday afternoons: collection development.",
                    "I focus best with long blocks of time; please bundle non-urgent questions into one message.",
                    CapacityStatus.AT_CAPACITY),
            new Sample(22, "MONDAY-FRIDAY 10:00-18:00", EnumSet.of(ContactChannel.PHONE, ContactChannel.CHAT),
                    "Often out at community sites; I reply to messages by the end of the day.",
                    "Monday mornings: outreach planning.",
                    "Hablo español e inglés. If a patron needs Spanish help, call my mobile through the front desk.",
                    CapacityStatus.FOCUSED));

    private final Boundaries boundaries;
    private final CapacityStatuses statuses;

    SampleBoundaries(Boundaries boundaries, CapacityStatuses statuses) {
        this.boundaries = boundaries;
        this.statuses = statuses;
    }

    @ApplicationModuleListener
    void on(SampleLibraryCreated sample) {
        Instant now = Instant.now();
        for (Sample s : SAMPLES) {
            if (s.person() >= sample.peopleIds().size()) {
                continue;
            }
            UUID personId = sample.peopleIds().get(s.person());
            boundaries.store(sample.organizationId(), personId, new WorkingAgreement(hours(s.hours()), s.channels(),
                    s.response(), s.protectedTime(), s.howTo(), true, now));
            statuses.setStatus(sample.organizationId(), personId, s.status(), now);
        }
    }

    /** "MONDAY-THURSDAY 09:00-17:00, FRIDAY 09:00-13:00": day ranges with their hours. */
    static List<WorkingDay> hours(String text) {
        List<WorkingDay> week = new ArrayList<>(Boundaries.blank().hours());
        for (String part : text.split(",")) {
            String[] daysAndTimes = part.strip().split(" ");
            String[] days = daysAndTimes[0].split("-");
            String[] times = daysAndTimes[1].split("-");
            DayOfWeek from = DayOfWeek.valueOf(days[0]);
            DayOfWeek to = DayOfWeek.valueOf(days[days.length - 1]);
            for (int d = from.ordinal(); d <= to.ordinal(); d++) {
                week.set(d, new WorkingDay(DayOfWeek.of(d + 1), LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            }
        }
        return week;
    }
}
