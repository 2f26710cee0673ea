package org.shelfcare.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;

/** First-run setup as an API: works once, while the instance has no library. */
@ApiController("/api/v1/setup")
class SetupApiController {

    private final DirectoryManagement directory;

    SetupApiController(DirectoryManagement directory) {
        this.directory = directory;
    }

    record SetupRequest(@Nullable String organizationName, @Nullable String adminName, @Nullable String adminEmail,
            @Nullable String adminPassword, @Nullable List<String> branches, @Nullable List<String> departments) {}

    record SetupResponse(UUID organizationId, UUID adminId) {}

    @Operation(summary = "Create the first library and its admin (who is also the operator); 409 once done")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SetupResponse setUp(@RequestBody SetupRequest request,
            @RequestHeader(name = "X-Setup-Token", required = false) @Nullable String token) {
        DirectoryManagement.SetupResult result = directory.setUp(new DirectoryManagement.Setup(
                orEmpty(request.organizationName()), orEmpty(request.adminName()), orEmpty(request.adminEmail()),
                orEmpty(request.adminPassword()), request.branches() == null ? List.of() : request.branches(),
                request.departments() == null ? List.of() : request.departments(), token));
        return new SetupResponse(result.organizationId(), result.adminId());
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
