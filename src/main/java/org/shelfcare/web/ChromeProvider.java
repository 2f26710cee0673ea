package org.shelfcare.web;

import jakarta.servlet.http.HttpServletRequest;

/** Supplies the layout's {@link Chrome} for the current request (the security module does). */
public interface ChromeProvider {

    Chrome chrome(HttpServletRequest request);
}
