package org.shelfcare.timeoff.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.timeoff.Delegation;
import org.shelfcare.timeoff.Delegations;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Delegate approvers as JSON: those the caller named and those naming the caller. */
@ApiController("/api/v1/timeoff/delegations")
class DelegationsApiController {

    private final Delegations delegations;

    DelegationsApiController(Delegations delegations) {
        this.delegations = delegations;
    }

    record DelegationJson(UUID id, UUID supervisorId, String supervisorName, UUID delegateId, String delegateName,
            LocalDate startDate, LocalDate endDate) {

        static DelegationJson of(Delegation d) {
            return new DelegationJson(d.id(), d.supervisorId(), d.supervisorName(), d.delegateId(), d.delegateName(),
                    d.startDate(), d.endDate());
        }
    }

    record DelegationBody(@Nullable UUID delegateId, @Nullable String startDate, @Nullable String endDate) {}

    @Operation(summary = "Delegations the caller gave or that name the caller, not yet over")
    @GetMapping
    ListPage<DelegationJson> list(CurrentUser user) {
        return new ListPage<>(delegations.delegations(user).stream().map(DelegationJson::of).toList(), null);
    }

    @Operation(summary = "Name a delegate (an active colleague) to decide for the caller from startDate to endDate")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DelegationJson create(CurrentUser user, @RequestBody DelegationBody body) {
        return DelegationJson.of(delegations.delegate(user, body.delegateId(), body.startDate(), body.endDate()));
    }

    @Operation(summary = "End a delegation the caller gave")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void end(CurrentUser user, @PathVariable UUID id) {
        delegations.end(user, id);
    }
}
