package org.shelfcare.programs.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.programs.PublicPrograms;
import org.shelfcare.programs.PublicSession;
import org.shelfcare.programs.RateLimited;
import org.shelfcare.programs.RegistrationStatus;
import org.shelfcare.web.ApiController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The library's public programs as JSON, and patron registration by JSON (no account, no CSRF token). */
@ApiController
class PublicProgramsApiController {

    private final PublicPrograms programs;
    private final MessageSource messages;
    private final JsonMapper json;

    PublicProgramsApiController(PublicPrograms programs, MessageSource messages, JsonMapper json) {
        this.programs = programs;
        this.messages = messages;
        this.json = json;
    }

    record Library(String name, String slug) {}

    record Listing(Library library, List<PublicSession> items, @Nullable String nextCursor) {}

    record RegistrationBody(@Nullable String name, @Nullable String email, @Nullable Integer partySize,
            @Nullable String website) {}

    record Registered(RegistrationStatus status) {}

    @Operation(summary = "Public: the library's upcoming sessions for patrons (next 180 days), no sign-in")
    @GetMapping("/p/{slug}/programs.json")
    void listing(@PathVariable String slug, HttpServletResponse response) throws java.io.IOException {
        OrganizationView library = programs.library(slug);
        // written straight to the response, so that any Accept header (a browser's too) gets the JSON
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
        json.writeValue(response.getWriter(), new Listing(new Library(library.name(), library.slug()),
                programs.sessions(library), null));
    }

    @Operation(summary = "Public: a patron registers {\"name\", \"email\", \"partySize\"} for a session: 201 "
            + "{\"status\": \"CONFIRMED\" | \"WAITLISTED\"}; the same email again 409; a past or cancelled session "
            + "or bad fields 400; too many registrations from the address or for the email 429 with Retry-After")
    @PostMapping(path = "/p/{slug}/programs/sessions/{id}/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Registered> register(@PathVariable String slug, @PathVariable UUID id,
            @RequestBody RegistrationBody body, HttpServletRequest request, Locale locale) {
        OrganizationView library = programs.library(slug);
        if (body.website() != null && !body.website().isBlank()) {
            // a robot filled in the hidden field: it learns nothing, nobody gets an email
            return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(RegistrationStatus.CONFIRMED));
        }
        RegistrationStatus status = programs.register(library, id, body.name(), body.email(), body.partySize(),
                request.getRemoteAddr(), locale);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(status));
    }

    @ExceptionHandler(RateLimited.class)
    ResponseEntity<ProblemDetail> limited(RateLimited limited, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                messages.getMessage("programs.public.tooMany", null, locale));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
