package org.shelfcare.security;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The signed-in person and their personal access tokens. */
@ApiController("/api/v1/me")
class MeApiController {

    private final PersonalAccessTokens tokens;

    MeApiController(PersonalAccessTokens tokens) {
        this.tokens = tokens;
    }

    record Me(UUID id, String name, @Nullable String email, @Nullable String username, UUID organizationId,
            List<String> roles, String locale) {}

    @Operation(summary = "Who is signed in")
    @GetMapping
    Me me(CurrentUser user) {
        return new Me(user.personId(), user.name(), user.email(), user.username(), user.organizationId(),
                user.roles().stream().sorted().map(Enum::name).toList(), user.locale().getLanguage());
    }

    record TokenRequest(@Nullable String name) {}

    record TokenCreated(UUID id, String name, String token) {}

    record TokenSummary(UUID id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {}

    @Operation(summary = "Create a personal access token; it is shown only in this answer")
    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenCreated create(CurrentUser user, @RequestBody TokenRequest request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw Problems.invalid("name", "validation.required");
        }
        if (name.length() > 100) {
            throw Problems.invalid("name", "validation.tooLong", 100);
        }
        PersonalAccessTokens.Issued issued = tokens.issue(user.organizationId(), user.personId(), name);
        return new TokenCreated(issued.id(), name, issued.token());
    }

    @Operation(summary = "The caller's live tokens (never the secrets)")
    @GetMapping("/tokens")
    ListPage<TokenSummary> list(CurrentUser user) {
        return new ListPage<>(tokens.of(user.personId()).stream()
                .map(t -> new TokenSummary(t.id(), t.name(), t.createdAt(), t.lastUsedAt())).toList(), null);
    }

    @Operation(summary = "Revoke one of the caller's tokens")
    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(CurrentUser user, @PathVariable UUID id) {
        if (!tokens.revoke(user.personId(), id)) {
            throw Problems.notFound();
        }
    }
}
