package org.shelfcare.privacy.web;

import org.jspecify.annotations.Nullable;

/** One line of the audit log page, in the reader's language. */
public record AuditRow(String when, String who, String what, String about, @Nullable String detail, boolean careTrack) {}
