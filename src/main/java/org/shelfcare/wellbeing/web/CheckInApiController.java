package org.shelfcare.wellbeing.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.CheckIn;
import org.shelfcare.wellbeing.CheckInDraft;
import org.shelfcare.wellbeing.WellbeingManagement;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.ListPage;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The caller's own check-ins as JSON. Nobody else's can be reached: another person's id answers
 * 404 whatever the caller's role.
 */
@ApiController("/api/v1/wellbeing/checkins")
class CheckInApiController {

    private final WellbeingManagement wellbeing;

    CheckInApiController(WellbeingManagement wellbeing) {
        this.wellbeing = wellbeing;
    }

    /**
     * A check-in as the API shows it. {@code noteReadable} is false when a note was written but can
     * no longer be opened (its key was destroyed).
     */
    record CheckInJson(UUID id, LocalDate date, int mood, int energy, int stress, @Nullable String note,
            boolean noteReadable, Instant createdAt) {

        static CheckInJson of(CheckIn c) {
            return new CheckInJson(c.id(), c.date(), c.mood(), c.energy(), c.stress(), c.note(), !c.noteUnreadable(),
                    c.createdAt());
        }
    }

    record CheckInRequest(@Nullable Integer mood, @Nullable Integer energy, @Nullable Integer stress,
            @Nullable String note, @Nullable String date) {

        CheckInDraft draft() {
            return new CheckInDraft(mood, energy, stress, note, date);
        }
    }

    record Created(UUID id) {}

    @Operation(summary = "Check in: mood, energy and stress 1 to 5 (5 = the most stress), an optional note and date")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created create(CurrentUser user, @RequestBody CheckInRequest request) {
        return new Created(wellbeing.checkIn(user, request.draft()));
    }

    @Operation(summary = "The caller's own check-ins, newest first, optionally dated from/to (both included)")
    @GetMapping
    ListPage<CheckInJson> list(CurrentUser user, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw Problems.invalid("to", "wellbeing.checkin.rangeBackwards");
        }
        return ListPage.of(wellbeing.checkIns(user, start, end).stream().map(CheckInJson::of).toList(), cursor, limit);
    }

    @Operation(summary = "One of the caller's own check-ins; anyone else's answers 404")
    @GetMapping("/{id}")
    CheckInJson get(CurrentUser user, @PathVariable UUID id) {
        return CheckInJson.of(wellbeing.checkIn(user, id));
    }

    @Operation(summary = "Replace one of the caller's own check-ins (no note removes it; no date keeps it)")
    @PutMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void update(CurrentUser user, @PathVariable UUID id, @RequestBody CheckInRequest request) {
        wellbeing.change(user, id, request.draft());
    }

    @Operation(summary = "Delete one of the caller's own check-ins")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user, @PathVariable UUID id) {
        wellbeing.delete(user, id);
    }

    private static @Nullable LocalDate date(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw new InvalidInput(java.util.List.of(
                    new InvalidInput.FieldError(field, "wellbeing.checkin.badDate", new Object[0])));
        }
    }
}
