package org.shelfcare.resources;

/**
 * An instance-wide default as a library's managers see it: shown to their library, or hidden.
 *
 * @param resource its version in the reader's language
 */
public record InstanceDefault(SupportResource resource, boolean hidden) {}
