package org.shelfcare.safety.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.safety.IncidentTrends;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Trends as JSON: counts of submitted incidents by type, branch and month, for safety leads and admins. */
@ApiController("/api/v1/safety")
class TrendsApiController {

    private final IncidentTrends trends;

    TrendsApiController(IncidentTrends trends) {
        this.trends = trends;
    }

    record TypeBody(@Nullable String code, String label, long count) {}

    record BranchBody(@Nullable UUID branchId, String name, long count) {}

    record MonthBody(String month, long count) {}

    record TrendsBody(String from, String to, long total, List<TypeBody> byType, List<BranchBody> byBranch,
            List<MonthBody> byMonth) {}

    @Operation(summary = "Counts of submitted incidents by type, branch and month (safety leads and admins); "
            + "from and to are YYYY-MM (default the last 12 whole months, at most 36)")
    @GetMapping("/trends")
    TrendsBody trends(CurrentUser user, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, Locale locale) {
        if (!IncidentTrends.sees(user)) {
            throw Problems.forbidden();
        }
        IncidentTrends.Trends t = trends.trends(user, IncidentTrends.period(from, to, user.zone()), locale);
        return new TrendsBody(t.period().from().toString(), t.period().to().toString(), t.total(),
                t.byType().stream().map(c -> new TypeBody(c.code(), c.label(), c.count())).toList(),
                t.byBranch().stream().map(c -> new BranchBody(c.branchId(), c.name(), c.count())).toList(),
                t.byMonth().stream().map(c -> new MonthBody(c.month().toString(), c.count())).toList());
    }
}
