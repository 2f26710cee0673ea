package org.shelfcare.directory;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An active person as a message reaches them: name, email (null for staff without one) and the
 * language they read, for modules that write to many people at once (safety alerts).
 */
public record Contact(UUID id, String name, @Nullable String email, Locale locale) {}
