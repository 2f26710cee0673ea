package org.shelfcare.privacy.web;

/** A choice in one of the filter lists. */
public record Option(String value, String label, boolean selected) {}
