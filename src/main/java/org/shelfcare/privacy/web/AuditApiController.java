package org.shelfcare.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.privacy.AuditEntry;
import org.shelfcare.privacy.AuditLog;
import org.shelfcare.privacy.AuditQuery;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log of the caller's library (admins; care-track entries for care contacts only). */
@ApiController("/api/v1/audit")
class AuditApiController {

    private final AuditLog auditLog;

    AuditApiController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Operation(summary = "Audit entries, newest first, filtered by action, actor, subject and days (from and to"
            + " included, in the library's time zone)")
    @GetMapping
    ListPage<AuditEntry> list(CurrentUser user, @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable UUID actor, @RequestParam(required = false) @Nullable UUID subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "" + AuditLog.DEFAULT_PAGE) int limit) {
        return auditLog.entries(user, new AuditQuery(blankToNull(action), actor, subject, from, to), cursor, limit);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
