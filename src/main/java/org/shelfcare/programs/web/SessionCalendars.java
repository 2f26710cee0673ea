package org.shelfcare.programs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.shelfcare.programs.CalendarEvent;
import org.springframework.http.HttpHeaders;

/**
 * Sessions as iCalendar (ical4j), for the library's feed and for one session's file: one event per
 * session with a stable {@code UID}, so calendar apps update rather than duplicate, and
 * {@code STATUS:CANCELLED} for a cancelled one.
 */
final class SessionCalendars {

    private SessionCalendars() {}

    static String write(String name, List<CalendarEvent> sessions) {
        List<CalendarComponent> events = new ArrayList<>();
        for (CalendarEvent s : sessions) {
            VEvent event = new VEvent(s.startsAt(), s.endsAt(), s.title());
            event.replace(new DtStamp(s.startsAt()));
            event.add(new Uid(s.id() + "@programs.shelfcare"));
            event.add(s.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            if (s.location() != null) {
                event.add(new Location(s.location()));
            }
            if (s.description() != null) {
                event.add(new Description(s.description()));
            }
            events.add(event);
        }
        Calendar calendar = new Calendar(new ComponentList<>(events));
        calendar.add(new ProdId("-//ShelfCare//Programs//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException impossible) {
            throw new IllegalStateException("program calendar could not be written", impossible);
        }
        return out.toString();
    }

    /** Writes a calendar straight to the response, so that any Accept header gets it. */
    static void send(HttpServletResponse response, String calendar, String cacheControl, String fileName)
            throws IOException {
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (fileName != null && !fileName.isEmpty()) {
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"");
        }
        response.getWriter().write(calendar);
    }
}
