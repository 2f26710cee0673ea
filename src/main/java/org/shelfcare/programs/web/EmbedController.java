package org.shelfcare.programs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.shelfcare.directory.OrganizationView;
import org.shelfcare.programs.EmbedOrigins;
import org.shelfcare.programs.PublicPrograms;
import org.shelfcare.programs.PublicSession;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The compact listing of a library's upcoming programs for patrons that the library puts in an
 * iframe on its own website. Only the origins the library entered may frame it ({@code
 * frame-ancestors}, {@code 'none'} when there are none); it sets no cookie, loads no script and
 * opens every program in a new tab on the public page.
 */
@Controller
class EmbedController {

    /** How many sessions the listing shows; the public page has them all. */
    static final int SHOWN = 20;

    private final PublicPrograms programs;
    private final EmbedOrigins origins;

    EmbedController(PublicPrograms programs, EmbedOrigins origins) {
        this.programs = programs;
        this.origins = origins;
    }

    @GetMapping("/p/{slug}/embed")
    String embed(@PathVariable String slug, Model model, HttpServletResponse response) {
        OrganizationView library = programs.library(slug);
        List<PublicSession> sessions = programs.sessions(library);
        response.setHeader("Content-Security-Policy", policy(origins.origins(library.id())));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
        model.addAttribute("library", library);
        model.addAttribute("sessions", sessions.stream().limit(SHOWN).toList());
        model.addAttribute("more", sessions.size() > SHOWN);
        return "programs/patrons/embed";
    }

    /** Nothing but the listing's own style sheets and images; framed only by the library's origins. */
    static String policy(List<String> ancestors) {
        return String.join("; ", "default-src 'none'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
                "base-uri 'none'", "form-action 'none'",
                "frame-ancestors " + (ancestors.isEmpty() ? "'none'" : String.join(" ", ancestors)));
    }
}
