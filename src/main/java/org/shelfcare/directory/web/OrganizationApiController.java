package org.shelfcare.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.directory.Role;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The caller's library, and the operator's list of libraries. */
@ApiController("/api/v1")
class OrganizationApiController {

    private final DirectoryManagement directory;

    OrganizationApiController(DirectoryManagement directory) {
        this.directory = directory;
    }

    record OrganizationResponse(UUID id, String name, String slug, boolean active, boolean sample, String timeZone,
            String defaultLocale, int anonymityThreshold) {
        static OrganizationResponse of(OrganizationView org) {
            return new OrganizationResponse(org.id(), org.name(), org.slug(), org.active(), org.sample(),
                    org.zone().getId(), org.defaultLocale().getLanguage(), org.anonymityThreshold());
        }
    }

    @Operation(summary = "The caller's library")
    @GetMapping("/organization")
    OrganizationResponse mine(CurrentUser user) {
        return OrganizationResponse.of(directory.organization(user.organizationId()));
    }

    record CreateRequest(@Nullable String name, @Nullable String adminName, @Nullable String adminEmail) {}

    record CreateResponse(UUID id, String adminInvitationUrl) {}

    @Operation(summary = "Operator: create a library and invite its first admin")
    @PostMapping("/organizations")
    @ResponseStatus(HttpStatus.CREATED)
    CreateResponse create(CurrentUser user, @RequestBody CreateRequest request) {
        user.require(Role.OPERATOR);
        DirectoryManagement.CreatedOrganization created = directory.createOrganization(user,
                request.name() == null ? "" : request.name(), request.adminName() == null ? "" : request.adminName(),
                request.adminEmail() == null ? "" : request.adminEmail());
        return new CreateResponse(created.organizationId(), created.adminInvitationUrl());
    }

    @Operation(summary = "Operator: every library on the instance (names and state only)")
    @GetMapping("/organizations")
    ListPage<OrganizationResponse> all(CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        user.require(Role.OPERATOR);
        return ListPage.of(directory.organizations(user).stream().map(OrganizationResponse::of).toList(), cursor, limit);
    }

    record PatchRequest(@Nullable Boolean active) {}

    @Operation(summary = "Operator: deactivate or reactivate a library")
    @PatchMapping("/organizations/{id}")
    OrganizationResponse patch(CurrentUser user, @PathVariable UUID id, @RequestBody PatchRequest request) {
        user.require(Role.OPERATOR);
        if (request.active() == null) {
            throw Problems.invalid("active", "validation.required");
        }
        directory.setOrganizationActive(user, id, request.active());
        return OrganizationResponse.of(directory.organization(id));
    }
}
