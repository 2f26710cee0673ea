package org.shelfcare.programs.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.programs.Attendance;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A session's check-in list as JSON, for those who manage its program. */
@ApiController("/api/v1/programs/sessions/{sessionId}/attendance")
class AttendanceApiController {

    private final Attendance attendance;

    AttendanceApiController(Attendance attendance) {
        this.attendance = attendance;
    }

    record SheetBody(UUID sessionId, int registered, int attended, int walkIns, int present,
            List<Attendance.Entry> items) {}

    record MarkBody(@Nullable Boolean attended) {}

    record WalkInsBody(@Nullable Integer count, @Nullable String name) {}

    @Operation(summary = "The check-in list of a session: confirmed registrations by name, marked present or not, and the counts")
    @GetMapping
    SheetBody sheet(CurrentUser user, @PathVariable UUID sessionId) {
        Attendance.Sheet sheet = attendance.sheet(user, sessionId);
        return new SheetBody(sheet.sessionId(), sheet.registered(), sheet.attended(), sheet.walkIns(), sheet.present(),
                sheet.entries());
    }

    @Operation(summary = "Counts walk-ins: {\"count\": 1..500} and, for one person, an optional \"name\"; answers the counts")
    @PostMapping("/walk-ins")
    SheetBody walkIns(CurrentUser user, @PathVariable UUID sessionId, @RequestBody WalkInsBody body) {
        attendance.walkIns(user, sessionId, body.count(), body.name());
        return sheet(user, sessionId);
    }

    @Operation(summary = "Marks a confirmed registration present or not: {\"attended\": true|false}")
    @PutMapping("/{registrationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void mark(CurrentUser user, @PathVariable UUID sessionId, @PathVariable UUID registrationId,
            @RequestBody MarkBody body) {
        attendance.sheet(user, sessionId);
        if (body.attended() == null) {
            throw Problems.invalid("attended", "validation.required");
        }
        attendance.mark(user, sessionId, registrationId, body.attended());
    }
}
