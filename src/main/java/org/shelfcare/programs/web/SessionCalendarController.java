package org.shelfcare.programs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.programs.CalendarEvent;
import org.shelfcare.programs.ProgramsManagement;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One session as an iCalendar file for signed-in staff ("Add to calendar" on the program page),
 * for sessions of programs they can see; others' drafts, other teams' and other libraries'
 * sessions answer 404.
 */
@Controller
class SessionCalendarController {

    private final ProgramsManagement programs;
    private final DirectoryManagement directory;

    SessionCalendarController(ProgramsManagement programs, DirectoryManagement directory) {
        this.programs = programs;
        this.directory = directory;
    }

    @GetMapping(ProgramRoutes.SESSION + ".ics")
    void calendar(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        CalendarEvent event = programs.calendarEvent(user, id);
        SessionCalendars.send(response, SessionCalendars.write(directory.organization(user.organizationId()).name(),
                List.of(event)), "private, no-store", "session-" + id + ".ics");
    }
}
