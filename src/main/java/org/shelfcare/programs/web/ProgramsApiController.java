package org.shelfcare.programs.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.programs.ProgramAudience;
import org.shelfcare.programs.ProgramCategory;
import org.shelfcare.programs.ProgramDraft;
import org.shelfcare.programs.ProgramView;
import org.shelfcare.programs.ProgramsManagement;
import org.shelfcare.programs.Recurrence;
import org.shelfcare.programs.RegistrationStatus;
import org.shelfcare.programs.SessionPlan;
import org.shelfcare.programs.SessionView;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Programs, sessions and staff registrations as JSON, with the permissions of the pages. */
@ApiController("/api/v1/programs")
class ProgramsApiController {

    private final ProgramsManagement programs;

    ProgramsApiController(ProgramsManagement programs) {
        this.programs = programs;
    }

    record ProgramBody(@Nullable String title, @Nullable String description, @Nullable String category,
            @Nullable String audience, @Nullable Boolean draft, @Nullable UUID facilitatorId,
            @Nullable String facilitatorName, @Nullable UUID branchId, @Nullable String room,
            @Nullable String onlineUrl, @Nullable String accessibility, @Nullable Integer ageMin,
            @Nullable Integer ageMax) {

        ProgramDraft toDraft() {
            List<InvalidInput.FieldError> errors = new ArrayList<>();
            ProgramCategory c = Codes.parse(ProgramCategory.class, category);
            ProgramAudience a = Codes.parse(ProgramAudience.class, audience);
            if (c == null && category != null && !category.isBlank()) {
                errors.add(new InvalidInput.FieldError("category", "programs.category.required", new Object[0]));
            }
            if (a == null && audience != null && !audience.isBlank()) {
                errors.add(new InvalidInput.FieldError("audience", "programs.audience.required", new Object[0]));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            return new ProgramDraft(title, description, c, a, Boolean.TRUE.equals(draft), facilitatorId, facilitatorName,
                    branchId, room, onlineUrl, accessibility, ageMin, ageMax);
        }
    }

    record SessionBody(@Nullable String startsAt, @Nullable String endsAt, @Nullable Integer capacity,
            @Nullable Boolean dropIn, @Nullable String repeat, @Nullable String until, @Nullable Integer count,
            @Nullable List<String> except, @Nullable String room, @Nullable String onlineLink) {

        SessionPlan toPlan() {
            List<InvalidInput.FieldError> errors = new ArrayList<>();
            Instant start = instant(errors, "startsAt", startsAt);
            Instant end = instant(errors, "endsAt", endsAt);
            Recurrence.Frequency frequency = Codes.parse(Recurrence.Frequency.class, repeat);
            if (frequency == null && repeat != null && !repeat.isBlank()) {
                errors.add(new InvalidInput.FieldError("repeat", "programs.recurrence.frequency", new Object[0]));
            }
            LocalDate last = date(errors, "until", until);
            Set<LocalDate> skipped = new HashSet<>();
            for (String day : except == null ? List.<String>of() : except) {
                LocalDate skip = date(errors, "except", day);
                if (skip != null) {
                    skipped.add(skip);
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            return new SessionPlan(start, end, capacity, Boolean.TRUE.equals(dropIn), new Recurrence(
                    frequency == null ? Recurrence.Frequency.NONE : frequency, last, count, skipped), room, onlineLink);
        }

        private static @Nullable Instant instant(List<InvalidInput.FieldError> errors, String field, @Nullable String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value.strip()).toInstant();
            } catch (DateTimeParseException bad) {
                errors.add(new InvalidInput.FieldError(field, "programs.instantFormat", new Object[0]));
                return null;
            }
        }

        private static @Nullable LocalDate date(List<InvalidInput.FieldError> errors, String field, @Nullable String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException bad) {
                errors.add(new InvalidInput.FieldError(field, "programs.dateFormat", new Object[0]));
                return null;
            }
        }
    }

    record Created(UUID id) {}

    record SessionsCreated(UUID id, List<UUID> ids) {}

    record Registered(RegistrationStatus status) {}

    @Operation(summary = "The programs the caller may see, those with an upcoming session first")
    @GetMapping
    ListPage<ProgramView> list(CurrentUser user) {
        return new ListPage<>(programs.programs(user), null);
    }

    @Operation(summary = "Creates a program: {\"title\", \"category\" (GUIDED_MEDITATION, POETRY_CLUB, JOURNALING, "
            + "PET_THERAPY, GATHERING, WORKSHOP, OTHER), \"audience\" (STAFF, PATRONS, BOTH)} and optional description, "
            + "draft, facilitatorId, facilitatorName, branchId, room, onlineUrl, accessibility, ageMin, ageMax; "
            + "admins and wellness leads for the library, supervisors for their team (staff only)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created create(CurrentUser user, @RequestBody ProgramBody body) {
        if (!ProgramsManagement.createsPrograms(user)) {
            throw org.shelfcare.web.Problems.forbidden();
        }
        return new Created(programs.create(user, body.toDraft()));
    }

    @Operation(summary = "One program the caller may see")
    @GetMapping("/{id}")
    ProgramView one(CurrentUser user, @PathVariable UUID id) {
        return programs.program(user, id);
    }

    @Operation(summary = "Replaces a program the caller manages (the same fields as creating it)")
    @PatchMapping("/{id}")
    ProgramView update(CurrentUser user, @PathVariable UUID id, @RequestBody ProgramBody body) {
        requireManages(user, id);
        programs.update(user, id, body.toDraft());
        return programs.program(user, id);
    }

    @Operation(summary = "The sessions of a program, with the caller's own registration")
    @GetMapping("/{id}/sessions")
    ListPage<SessionView> sessions(CurrentUser user, @PathVariable UUID id) {
        return new ListPage<>(programs.sessions(user, id), null);
    }

    @Operation(summary = "Adds sessions: {\"startsAt\", \"endsAt\", \"capacity\"} (RFC 3339; capacity at least 1, "
            + "or null for no limit) and optional dropIn, repeat (WEEKLY, MONTHLY), until (YYYY-MM-DD), count, "
            + "except (dates), room and onlineLink (the sessions' own; empty: the program's); a series with no end stops after one year, never more than 60 sessions")
    @PostMapping("/{id}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    SessionsCreated addSessions(CurrentUser user, @PathVariable UUID id, @RequestBody SessionBody body) {
        requireManages(user, id);
        List<UUID> ids = programs.addSessions(user, id, body.toPlan());
        return new SessionsCreated(ids.get(0), ids);
    }

    private void requireManages(CurrentUser user, UUID id) {
        if (!programs.program(user, id).manages()) {
            throw org.shelfcare.web.Problems.forbidden();
        }
    }

    @Operation(summary = "Cancels a session of a program the caller manages")
    @PostMapping("/sessions/{sessionId}/cancel")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(CurrentUser user, @PathVariable UUID sessionId) {
        programs.cancelSession(user, sessionId);
    }

    @Operation(summary = "The caller registers for a session of a staff program: CONFIRMED, or WAITLISTED when full; twice 409")
    @PostMapping("/sessions/{sessionId}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    Registered register(CurrentUser user, @PathVariable UUID sessionId) {
        return new Registered(programs.register(user, sessionId));
    }

    @Operation(summary = "The caller cancels their registration; a seat it held goes to the waitlist")
    @DeleteMapping("/sessions/{sessionId}/registrations/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unregister(CurrentUser user, @PathVariable UUID sessionId) {
        programs.cancelRegistration(user, sessionId);
    }

    @Operation(summary = "Who registered for a session, for those who manage its program")
    @GetMapping("/sessions/{sessionId}/registrations")
    ListPage<ProgramsManagement.Registrant> registrations(CurrentUser user, @PathVariable UUID sessionId) {
        return new ListPage<>(programs.registrants(user, sessionId), null);
    }
}
