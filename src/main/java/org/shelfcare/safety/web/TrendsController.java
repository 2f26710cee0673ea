package org.shelfcare.safety.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.safety.IncidentTrends;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The trends page of safety leads and admins (others 403) and its CSV export. */
@Controller
class TrendsController {

    private final IncidentTrends trends;
    private final MessageSource messages;

    TrendsController(IncidentTrends trends, MessageSource messages) {
        this.trends = trends;
        this.messages = messages;
    }

    @GetMapping(SafetyRoutes.TRENDS)
    String page(CurrentUser user, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, Locale locale, Model model,
            HttpServletResponse response) {
        if (!IncidentTrends.sees(user)) {
            throw Problems.forbidden();
        }
        response.setHeader("Cache-Control", "no-store");
        IncidentTrends.Period fallback = IncidentTrends.defaultPeriod(user.zone());
        model.addAttribute("from", from == null || from.isBlank() ? fallback.from().toString() : from);
        model.addAttribute("to", to == null || to.isBlank() ? fallback.to().toString() : to);
        try {
            IncidentTrends.Period period = IncidentTrends.period(from, to, user.zone());
            model.addAttribute("trends", trends.trends(user, period, locale));
            model.addAttribute("errors", FormErrors.NONE);
        } catch (InvalidInput invalid) {
            model.addAttribute("trends", null);
            model.addAttribute("errors", FormErrors.of(invalid, messages, locale));
        }
        return "safety/trends";
    }

    @GetMapping(SafetyRoutes.TRENDS_CSV)
    ResponseEntity<byte[]> csv(CurrentUser user, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, Locale locale) {
        if (!IncidentTrends.sees(user)) {
            throw Problems.forbidden();
        }
        IncidentTrends.Period period;
        try {
            period = IncidentTrends.period(from, to, user.zone());
        } catch (InvalidInput invalid) {
            InvalidInput.FieldError first = invalid.errors().get(0);
            throw Problems.of(HttpStatus.BAD_REQUEST, first.messageCode(), first.args());
        }
        byte[] body = trends.csv(user, period, locale).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(IncidentTrends.filename(period)).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
