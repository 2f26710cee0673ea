package org.shelfcare.programs.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.programs.ProgramView;
import org.shelfcare.programs.ProgramsManagement;
import org.shelfcare.programs.SessionChange;
import org.shelfcare.programs.SessionPlan;
import org.shelfcare.programs.SessionView;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Changing a session, deleting a program and restoring it, as JSON, with the permissions of the pages. */
@ApiController("/api/v1/programs")
class ProgramChangesApiController {

    private final ProgramsManagement programs;

    ProgramChangesApiController(ProgramsManagement programs) {
        this.programs = programs;
    }

    record ChangeBody(@Nullable String startsAt, @Nullable String endsAt, @Nullable Integer capacity,
            @Nullable Boolean dropIn, @Nullable String room, @Nullable String onlineLink) {

        SessionChange toChange() {
            SessionPlan plan = new ProgramsApiController.SessionBody(startsAt, endsAt, capacity, dropIn, null, null, null,
                    null, room, onlineLink).toPlan();
            return new SessionChange(plan.startsAt(), plan.endsAt(), plan.capacity(), plan.dropIn(), plan.room(),
                    plan.onlineLink());
        }
    }

    @Operation(summary = "Changes or moves a session of a program the caller manages: {\"startsAt\", \"endsAt\", "
            + "\"capacity\"} (RFC 3339; capacity null for no limit), optional dropIn, room and onlineLink (the session's "
            + "own; empty or absent: the program's); seats below those held 400 (#/capacity); a move or a new place "
            + "tells everyone registered or waiting")
    @PutMapping("/sessions/{sessionId}")
    SessionView change(CurrentUser user, @PathVariable UUID sessionId, @RequestBody ChangeBody body) {
        programs.changeSession(user, sessionId, body.toChange());
        UUID programId = programs.programOf(user, sessionId);
        return programs.sessions(user, programId).stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElseThrow(Problems::notFound);
    }

    @Operation(summary = "Deletes a program the caller manages: its upcoming sessions are cancelled and everyone "
            + "registered or waiting is told; it can be restored for 30 days")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user, @PathVariable UUID id) {
        programs.deleteProgram(user, id);
    }

    @Operation(summary = "Restores a deleted program the caller manages; the sessions cancelled with it stay cancelled")
    @PostMapping("/{id}/restore")
    ProgramView restore(CurrentUser user, @PathVariable UUID id) {
        programs.restoreProgram(user, id);
        return programs.program(user, id);
    }

    @Operation(summary = "The deleted programs the caller may restore, most recently deleted first")
    @GetMapping("/deleted")
    ListPage<ProgramsManagement.DeletedProgram> deleted(CurrentUser user) {
        return new ListPage<>(programs.recentlyDeleted(user), null);
    }
}
