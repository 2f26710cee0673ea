package org.shelfcare.directory;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What sign-in needs to know about an account; nothing of it leaves the security module. */
public record SignInAccount(UUID personId, @Nullable String passwordHash, boolean active, @Nullable Instant lockedUntil) {}
