package org.shelfcare.training.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.training.ComplianceFilter;
import org.shelfcare.training.TrainingCompliance;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compliance view and its CSV, for supervisors (their direct reports), admins and wellness
 * leads (the library), narrowed by branch, department, training and status. The filters are a GET
 * form, so they stay in the address and work without JavaScript.
 */
@Controller
class ComplianceController {

    private final TrainingCompliance compliance;
    private final MessageSource messages;

    ComplianceController(TrainingCompliance compliance, MessageSource messages) {
        this.compliance = compliance;
        this.messages = messages;
    }

    @GetMapping(TrainingRoutes.COMPLIANCE)
    String compliance(CurrentUser user, @RequestParam(defaultValue = "") String branch,
            @RequestParam(defaultValue = "") String department, @RequestParam(defaultValue = "") String item,
            @RequestParam(defaultValue = "") String status, Locale locale, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("choices", compliance.choices(user));
        model.addAttribute("branch", branch);
        model.addAttribute("department", department);
        model.addAttribute("item", item);
        model.addAttribute("status", status);
        try {
            ComplianceFilter filter = compliance.filter(user, branch, department, item, status);
            model.addAttribute("compliance", compliance.compliance(user, filter));
            model.addAttribute("errors", FormErrors.NONE);
        } catch (InvalidInput invalid) {
            // like the other forms, the page answers with the form and its errors
            model.addAttribute("compliance", null);
            model.addAttribute("errors", FormErrors.of(invalid, messages, locale));
        }
        return "training/compliance";
    }

    @GetMapping(TrainingRoutes.COMPLIANCE_CSV)
    ResponseEntity<byte[]> complianceCsv(CurrentUser user, @RequestParam(defaultValue = "") String branch,
            @RequestParam(defaultValue = "") String department, @RequestParam(defaultValue = "") String item,
            @RequestParam(defaultValue = "") String status) {
        ComplianceFilter filter = compliance.filter(user, branch, department, item, status);
        byte[] body = compliance.csv(user, filter).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("training-compliance-" + LocalDate.now(user.zone()) + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
