package org.shelfcare.directory;

import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/** A library as other modules see it. */
public record OrganizationView(UUID id, String name, String slug, boolean active, boolean sample, ZoneId zone,
        Locale defaultLocale, int anonymityThreshold) {}
