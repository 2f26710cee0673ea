package org.shelfcare.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx request helpers: one handler serves the whole page or, for htmx, the fragment. */
public final class Htmx {

    private Htmx() {}

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
