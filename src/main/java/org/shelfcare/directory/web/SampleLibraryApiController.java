package org.shelfcare.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.SampleLibrary;
import org.shelfcare.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The sample library as an API. Loading works without signing in only while the instance is not set
 * up (with {@code X-Setup-Token} when SHELFCARE_SETUP_TOKEN is set); afterwards only the operator may
 * load it, and everyone else gets 403. It answers 201 when it created the sample and 200 with the
 * existing one's details otherwise. Deleting is for the sample's own admin and the operator.
 */
@ApiController("/api/v1/sample-library")
class SampleLibraryApiController {

    private final SampleLibrary sample;
    private final DirectoryManagement directory;

    SampleLibraryApiController(SampleLibrary sample, DirectoryManagement directory) {
        this.sample = sample;
        this.directory = directory;
    }

    record SampleResponse(UUID organizationId, String name, String password, List<SampleLibrary.Login> logins) {}

    @Operation(summary = "Load the sample library (anyone before setup, then the operator only); 201, or 200 when it exists")
    @PostMapping
    ResponseEntity<SampleResponse> load(@Nullable Principal principal,
            @RequestHeader(name = "X-Setup-Token", required = false) @Nullable String token) {
        CurrentUser caller = principal == null ? null : currentUser(principal);
        SampleLibrary.Loaded loaded = sample.load(caller, token);
        SampleLibrary.Details d = loaded.details();
        return ResponseEntity.status(loaded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new SampleResponse(d.organizationId(), d.name(), d.password(), d.logins()));
    }

    @Operation(summary = "Delete the sample library and everything in it (its admin or the operator)")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user) {
        sample.delete(user);
    }

    private @Nullable CurrentUser currentUser(Principal principal) {
        try {
            return directory.currentUser(UUID.fromString(principal.getName())).orElse(null);
        } catch (IllegalArgumentException notAPerson) {
            return null;
        }
    }
}
