package org.shelfcare.wellbeing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Sharing a joy entry to the Joy Wall.
 *
 * @param audience LIBRARY, BRANCH or DEPARTMENT
 * @param unitId the branch (needed when the person works at more than one) or department (their own)
 */
public record ShareRequest(@Nullable String audience, @Nullable UUID unitId, boolean anonymous) {}
