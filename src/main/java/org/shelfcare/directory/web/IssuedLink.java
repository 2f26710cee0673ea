package org.shelfcare.directory.web;

import java.io.Serializable;

/** An invitation link just issued to a library's new admin, shown once to the operator with a copy button. */
public record IssuedLink(String library, String email, String url) implements Serializable {}
