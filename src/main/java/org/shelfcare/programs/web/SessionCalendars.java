package org.shelfcare.programs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.shelfcare.programs.CalendarEvent;
import org.shelfcare.web.ICalendars;
import org.springframework.http.HttpHeaders;

/**
 * Sessions as iCalendar (ical4j), for the library's feed and for one session's file: one event per
 * session with a stable {@code UID}, so calendar apps update rather than duplicate, a
 * {@code SEQUENCE} raised each time the session moves, changes place or is cancelled, so they take the change,
 * {@code URL} for the link to join online, and {@code STATUS:CANCELLED} for a cancelled one.
 */
final class SessionCalendars {

    private SessionCalendars() {}

    static String write(String name, List<CalendarEvent> sessions) {
        List<CalendarComponent> events = new ArrayList<>();
        for (CalendarEvent s : sessions) {
            VEvent event = new VEvent(s.startsAt(), s.endsAt(), s.title());
            event.replace(new DtStamp(s.startsAt()));
            event.add(new Uid(s.id() + "@programs.shelfcare"));
            event.add(new Sequence(s.sequence()));
            event.add(s.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            if (s.location() != null) {
                event.add(new Location(s.location()));
            }
            if (s.url() != null) {
                event.add(new Url(URI.create(s.url())));
            }
            if (s.description() != null) {
                event.add(new Description(s.description()));
            }
            events.add(event);
        }
        return ICalendars.write(events, "-//ShelfCare//Programs//EN", name);
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
