package org.shelfcare.timeoff.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.timeoff.LeaveDraft;
import org.shelfcare.timeoff.LeavePortion;
import org.shelfcare.timeoff.LeaveRequest;
import org.shelfcare.timeoff.LeaveStatus;
import org.shelfcare.timeoff.LeaveType;
import org.shelfcare.timeoff.TimeoffManagement;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Leave requests and leave types as JSON. To anyone but the requester a request of a private type
 * shows {@code "type": "OUT"} and no note. Creating accepts an {@code Idempotency-Key}.
 */
@ApiController("/api/v1/timeoff")
class TimeoffApiController {

    private final TimeoffManagement timeoff;

    TimeoffApiController(TimeoffManagement timeoff) {
        this.timeoff = timeoff;
    }

    record RequestJson(UUID id, UUID personId, String personName, String type, LeaveStatus status,
            LocalDate startDate, LocalDate endDate, LeavePortion portion, @Nullable LocalTime startTime,
            @Nullable LocalTime endTime, @Nullable String note, boolean autoApproved,
            @Nullable String decisionComment, Instant createdAt) {

        static RequestJson of(LeaveRequest r) {
            return new RequestJson(r.id(), r.personId(), r.personName(), r.type(), r.status(), r.startDate(),
                    r.endDate(), r.portion(), r.startTime(), r.endTime(), r.note(), r.autoApproved(),
                    r.decisionComment(), r.createdAt());
        }
    }

    record LeaveRequestBody(@Nullable String type, @Nullable String startDate, @Nullable String endDate,
            @Nullable String portion, @Nullable String startTime, @Nullable String endTime, @Nullable String note) {

        LeaveDraft draft() {
            return new LeaveDraft(type, startDate, endDate, portion, startTime, endTime, note);
        }
    }

    record DecisionBody(@Nullable String decision, @Nullable String comment) {}

    record TypeBody(boolean needsApproval, @Nullable Integer noticeDays, boolean noteAllowed, boolean privateType) {}

    @Operation(summary = "Ask for time off: full days, a half day (portion AM or PM) or hours (startTime, endTime)")
    @PostMapping("/requests")
    @ResponseStatus(HttpStatus.CREATED)
    TimeoffManagement.Sent create(CurrentUser user, @RequestBody LeaveRequestBody body) {
        return timeoff.request(user, body.draft(), null);
    }

    @Operation(summary = "The caller's own requests, latest first day first")
    @GetMapping("/requests")
    ListPage<RequestJson> mine(CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return ListPage.of(timeoff.mine(user).stream().map(RequestJson::of).toList(), cursor, limit);
    }

    @Operation(summary = "Requests the caller approves: pending first, then those not yet over")
    @GetMapping("/approvals")
    ListPage<RequestJson> approvals(CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return ListPage.of(timeoff.approvals(user).stream().map(RequestJson::of).toList(), cursor, limit);
    }

    @Operation(summary = "One request: the requester's, their approver's or an admin's; a private type shows as OUT to all but the requester")
    @GetMapping("/requests/{id}")
    RequestJson get(CurrentUser user, @PathVariable UUID id) {
        return RequestJson.of(timeoff.request(user, id));
    }

    @Operation(summary = "Change one of the caller's own pending requests")
    @PutMapping("/requests/{id}")
    RequestJson change(CurrentUser user, @PathVariable UUID id, @RequestBody LeaveRequestBody body) {
        return RequestJson.of(timeoff.change(user, id, body.draft()));
    }

    @Operation(summary = "Cancel one of the caller's own pending or approved requests")
    @PostMapping("/requests/{id}/cancel")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(CurrentUser user, @PathVariable UUID id) {
        timeoff.cancel(user, id);
    }

    @Operation(summary = "Approve or decline a pending request (its approver; an admin when there is no supervisor); a decline needs a comment")
    @PostMapping("/requests/{id}/decision")
    RequestJson decide(CurrentUser user, @PathVariable UUID id, @RequestBody DecisionBody body) {
        return RequestJson.of(timeoff.decide(user, id, body.decision(), body.comment()));
    }

    @Operation(summary = "The library's leave types")
    @GetMapping("/types")
    ListPage<LeaveType> types(CurrentUser user) {
        return ListPage.of(timeoff.types(user), null, ListPage.MAX_LIMIT);
    }

    @Operation(summary = "Change one of the library's leave types (admins)")
    @PutMapping("/types/{code}")
    LeaveType changeType(CurrentUser user, @PathVariable String code, @RequestBody TypeBody body) {
        return timeoff.changeType(user, code, body.needsApproval(),
                body.noticeDays() == null ? null : body.noticeDays().toString(), body.noteAllowed(), body.privateType());
    }
}
