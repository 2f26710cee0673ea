package org.shelfcare.directory;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person was invited (or invited again); email goes out when they have an address. */
public record PersonInvited(UUID organizationId, UUID personId, String name, @Nullable String email,
        String organizationName, String invitationUrl, Locale locale) {}
