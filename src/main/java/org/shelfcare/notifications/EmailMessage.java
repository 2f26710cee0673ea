package org.shelfcare.notifications;

import org.jspecify.annotations.Nullable;

/** An email ready for the outbox: subject, plain text, and optionally an HTML version. */
record EmailMessage(String subject, String text, @Nullable String html) {}
