package org.shelfcare.training.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.training.Compliance;
import org.shelfcare.training.TrainingCompliance;
import org.shelfcare.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The compliance view as JSON, with the same filters and scope as the page. */
@ApiController("/api/v1/training")
class ComplianceApiController {

    private final TrainingCompliance compliance;

    ComplianceApiController(TrainingCompliance compliance) {
        this.compliance = compliance;
    }

    @Operation(summary = "Completion per required training, by department and branch (people count under each of "
            + "their branches), the people by name and the history of the last 12 months: supervisors about their "
            + "direct reports, admins and wellness leads about the library. Optional filters: branch, department and "
            + "item (ids of the library, else 404), status (DONE, DUE_SOON, OVERDUE, NEVER_DONE; it narrows the lists "
            + "of people only); anything else answers 400")
    @GetMapping("/compliance")
    Compliance compliance(CurrentUser user, @RequestParam(required = false) @Nullable String branch,
            @RequestParam(required = false) @Nullable String department,
            @RequestParam(required = false) @Nullable String item,
            @RequestParam(required = false) @Nullable String status, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return compliance.compliance(user, compliance.filter(user, branch, department, item, status));
    }
}
