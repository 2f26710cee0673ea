package org.shelfcare.directory;

import java.util.UUID;

/** A new account and the link that lets its owner set a password. */
public record Invitation(UUID personId, String token, String url) {}
