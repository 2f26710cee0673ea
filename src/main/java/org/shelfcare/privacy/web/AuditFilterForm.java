package org.shelfcare.privacy.web;

/** The audit log's filters as typed, so the page shows them back as they were. */
public record AuditFilterForm(String action, String actor, String subject, String from, String to) {}
