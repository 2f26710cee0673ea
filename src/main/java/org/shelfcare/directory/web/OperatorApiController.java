package org.shelfcare.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.OperatorConsole;
import org.shelfcare.directory.OrganizationExport;
import org.shelfcare.directory.Role;
import org.shelfcare.web.ApiController;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The operator's export of a library and new admin invitations. */
@ApiController("/api/v1/organizations")
class OperatorApiController {

    private final OperatorConsole console;
    private final OrganizationExport export;

    OperatorApiController(OperatorConsole console, OrganizationExport export) {
        this.console = console;
        this.export = export;
    }

    @Operation(summary = "Operator: a library's directory as JSON (organization, settings, branches, departments, "
            + "people); never passwords, tokens or any private, sealed or anonymous content")
    @GetMapping("/{id}/export")
    ResponseEntity<OrganizationExport.Document> export(CurrentUser user, @PathVariable UUID id) {
        user.require(Role.OPERATOR);
        OrganizationExport.Document document = export.export(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("shelfcare-" + document.organization().slug() + ".json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document);
    }

    record AdminInvitationRequest(@Nullable String name, @Nullable String email) {}

    record AdminInvitationResponse(UUID personId, String invitationUrl) {}

    @Operation(summary = "Operator: make someone an admin of a library that lost its admin; answers the link "
            + "they open to set a password. The library's audit log shows it.")
    @PostMapping("/{id}/admin-invitations")
    @ResponseStatus(HttpStatus.CREATED)
    AdminInvitationResponse adminInvitation(CurrentUser user, @PathVariable UUID id,
            @RequestBody AdminInvitationRequest request) {
        user.require(Role.OPERATOR);
        Invitation invitation = console.issueAdminInvitation(user, id, request.name() == null ? "" : request.name(),
                request.email() == null ? "" : request.email());
        return new AdminInvitationResponse(invitation.personId(), invitation.url());
    }
}
