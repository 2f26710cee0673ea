package org.shelfcare.programs.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.programs.Attendance;
import org.shelfcare.programs.ProgramsManagement;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.Htmx;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The check-in list of a session, made for a tablet at the door: a large "Here" button per
 * confirmed registration and a walk-in form. Plain forms, so it works without JavaScript; with
 * htmx, tapping "Here" swaps just that row and the count.
 */
@Controller
class AttendanceController {

    private final Attendance attendance;
    private final ProgramsManagement programs;
    private final MessageSource messages;

    AttendanceController(Attendance attendance, ProgramsManagement programs, MessageSource messages) {
        this.attendance = attendance;
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping(ProgramRoutes.SESSION + "/attendance")
    String sheet(CurrentUser user, @PathVariable UUID id, Model model, HttpServletResponse response) {
        return page(user, id, "", FormErrors.NONE, model, response);
    }

    private String page(CurrentUser user, UUID id, String walkInName, FormErrors errors, Model model,
            HttpServletResponse response) {
        Attendance.Sheet sheet = attendance.sheet(user, id);
        // names of patrons: not kept by the browser
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("program", programs.program(user, sheet.programId()));
        model.addAttribute("sheet", sheet);
        model.addAttribute("walkInName", walkInName);
        model.addAttribute("errors", errors);
        model.addAttribute("zone", user.zone());
        return "programs/attendance";
    }

    /** Marks someone present or not; for htmx, just their row and the count, so the list stays where it is. */
    @PostMapping(ProgramRoutes.SESSION + "/attendance/{registrationId}")
    String mark(CurrentUser user, @PathVariable UUID id, @PathVariable UUID registrationId,
            @RequestParam(defaultValue = "true") boolean attended, HttpServletRequest request, Model model,
            HttpServletResponse response) {
        attendance.mark(user, id, registrationId, attended);
        if (Htmx.isHtmx(request)) {
            Attendance.Sheet sheet = attendance.sheet(user, id);
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("sheet", sheet);
            model.addAttribute("e", sheet.entries().stream().filter(e -> e.registrationId().equals(registrationId))
                    .findFirst().orElseThrow(Problems::notFound));
            return "programs/_check-in-marked";
        }
        return "redirect:" + ProgramRoutes.attendance(id) + "#r-" + registrationId;
    }

    @PostMapping(ProgramRoutes.SESSION + "/attendance/walk-ins")
    String walkIn(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "") String name, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            attendance.walkIn(user, id, name);
        } catch (InvalidInput invalid) {
            return page(user, id, name, FormErrors.of(invalid, messages, locale), model, response);
        }
        Flash.notice(redirect, messages.getMessage("programs.attendance.walkInAdded", null, locale));
        return "redirect:" + ProgramRoutes.attendance(id) + "#walk-ins";
    }
}
