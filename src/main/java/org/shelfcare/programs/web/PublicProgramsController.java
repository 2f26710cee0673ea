package org.shelfcare.programs.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.programs.CalendarEvent;
import org.shelfcare.programs.PublicPrograms;
import org.shelfcare.programs.PublicSession;
import org.shelfcare.programs.RateLimited;
import org.shelfcare.programs.RegistrationRetention;
import org.shelfcare.programs.RegistrationStatus;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The library's public program pages, without signing in: the listing, one session with its
 * registration form (name, email, number of people, and a hidden field people never fill), the
 * page a cancel link opens, and the iCalendar feed. They set no cookie and load no script.
 */
@Controller
class PublicProgramsController {

    static final String BASE = "/p/{slug}/programs";
    /** A field hidden from people; a form that fills it in is a robot's, and registers nothing. */
    static final String HONEYPOT = "website";

    private final PublicPrograms programs;
    private final RegistrationRetention retention;
    private final MessageSource messages;

    PublicProgramsController(PublicPrograms programs, RegistrationRetention retention, MessageSource messages) {
        this.programs = programs;
        this.retention = retention;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String listing(@PathVariable String slug, Model model, HttpServletResponse response) {
        OrganizationView library = programs.library(slug);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
        model.addAttribute("library", library);
        model.addAttribute("sessions", programs.sessions(library));
        return "programs/patrons/list";
    }

    @GetMapping(BASE + "/sessions/{id}")
    String session(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) @Nullable String registered,
            Model model) {
        OrganizationView library = programs.library(slug);
        return form(library, programs.session(library, id), "", "", "1", FormErrors.NONE,
                RegistrationStatus.CONFIRMED.name().equals(registered) || RegistrationStatus.WAITLISTED.name().equals(registered)
                        ? registered : null, model);
    }

    private String form(OrganizationView library, PublicSession session, String name, String email, String partySize,
            FormErrors errors, @Nullable String registered, Model model) {
        model.addAttribute("library", library);
        model.addAttribute("session", session);
        model.addAttribute("name", name);
        model.addAttribute("email", email);
        model.addAttribute("partySize", partySize);
        model.addAttribute("errors", errors);
        model.addAttribute("registered", registered);
        model.addAttribute("keepDays", retention.days(library.id()));
        return "programs/patrons/session";
    }

    @PostMapping(path = BASE + "/sessions/{id}/registrations", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String register(@PathVariable String slug, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "1") String partySize,
            @RequestParam(name = HONEYPOT, defaultValue = "") String honeypot, HttpServletRequest request,
            HttpServletResponse response, Locale locale, Model model) {
        OrganizationView library = programs.library(slug);
        PublicSession session = programs.session(library, id);
        String done = "redirect:/p/" + library.slug() + "/programs/sessions/" + id + "?registered=";
        if (!honeypot.isBlank()) {
            return done + RegistrationStatus.CONFIRMED.name();
        }
        try {
            Integer party;
            try {
                party = Integer.valueOf(partySize.strip());
            } catch (NumberFormatException bad) {
                throw new InvalidInput(List.of(new InvalidInput.FieldError("partySize", "programs.number", new Object[0])));
            }
            RegistrationStatus status = programs.register(library, id, name, email, party, request.getRemoteAddr(), locale);
            return done + status.name();
        } catch (InvalidInput invalid) {
            List<InvalidInput.FieldError> fields = new ArrayList<>();
            for (InvalidInput.FieldError error : invalid.errors()) {
                fields.add("session".equals(error.field())
                        ? new InvalidInput.FieldError("form", error.messageCode(), error.args()) : error);
            }
            return form(library, session, name, email, partySize, FormErrors.of(new InvalidInput(fields), messages, locale),
                    null, model);
        } catch (ErrorResponseException conflict) {
            if (conflict.getStatusCode().value() != HttpStatus.CONFLICT.value()) {
                throw conflict;
            }
            return form(library, session, name, email, partySize, FormErrors.form("email",
                    messages.getMessage("programs.public.twice", null, locale)), null, model);
        } catch (RateLimited limited) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
            return form(library, session, name, email, partySize, FormErrors.form("form",
                    messages.getMessage("programs.public.tooMany", null, locale)), null, model);
        }
    }

    @GetMapping(BASE + "/registrations/{token}")
    String cancelPage(@PathVariable String slug, @PathVariable String token, Model model) {
        OrganizationView library = programs.library(slug);
        model.addAttribute("library", library);
        model.addAttribute("session", programs.registrationFor(library, token));
        model.addAttribute("token", token);
        model.addAttribute("cancelled", false);
        return "programs/patrons/cancel";
    }

    @PostMapping(BASE + "/registrations/{token}")
    String cancel(@PathVariable String slug, @PathVariable String token, Model model) {
        OrganizationView library = programs.library(slug);
        PublicSession session = programs.registrationFor(library, token);
        programs.cancel(library, token);
        model.addAttribute("library", library);
        model.addAttribute("session", session);
        model.addAttribute("token", token);
        model.addAttribute("cancelled", true);
        return "programs/patrons/cancel";
    }

    /** Written straight to the response, so that any Accept header gets the calendar. */
    @GetMapping(value = "/p/{slug}/programs.ics")
    void feed(@PathVariable String slug, HttpServletResponse response) throws IOException {
        OrganizationView library = programs.library(slug);
        SessionCalendars.send(response, SessionCalendars.write(library.name(),
                programs.sessions(library).stream().map(CalendarEvent::of).toList()), "public, max-age=300", "");
    }

    /** One public session as an iCalendar file ("Add to calendar"). */
    @GetMapping(value = BASE + "/sessions/{id}.ics")
    void sessionCalendar(@PathVariable String slug, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        OrganizationView library = programs.library(slug);
        CalendarEvent event = CalendarEvent.of(programs.session(library, id));
        SessionCalendars.send(response, SessionCalendars.write(library.name(), List.of(event)), "public, max-age=300",
                "session-" + id + ".ics");
    }
}
