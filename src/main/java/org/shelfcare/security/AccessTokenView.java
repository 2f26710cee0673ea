package org.shelfcare.security;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A personal access token as the profile lists it; never the secret. */
public record AccessTokenView(UUID id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {

    static AccessTokenView of(PersonalAccessTokens.TokenRow row) {
        return new AccessTokenView(row.id(), row.name(), row.createdAt(), row.lastUsedAt());
    }
}
