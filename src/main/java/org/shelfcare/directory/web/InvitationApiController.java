package org.shelfcare.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.web.ApiController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Accepting an invitation: the invitee sets a password; a used or expired link answers 410. */
@ApiController("/api/v1/invitations")
class InvitationApiController {

    private final DirectoryManagement directory;

    InvitationApiController(DirectoryManagement directory) {
        this.directory = directory;
    }

    record AcceptRequest(@Nullable String password) {}

    record AcceptResponse(UUID id, String status) {}

    @Operation(summary = "Set a password and activate the account")
    @PostMapping("/{token}")
    AcceptResponse accept(@PathVariable String token, @RequestBody AcceptRequest request) {
        return new AcceptResponse(directory.acceptInvitation(token, request.password()), "ACTIVE");
    }
}
