package org.shelfcare.timeoff.web;

import static org.shelfcare.timeoff.web.TimeoffRoutes.APPROVALS;
import static org.shelfcare.timeoff.web.TimeoffRoutes.HOME;
import static org.shelfcare.timeoff.web.TimeoffRoutes.NEW;
import static org.shelfcare.timeoff.web.TimeoffRoutes.REQUESTS;
import static org.shelfcare.timeoff.web.TimeoffRoutes.TYPES;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.timeoff.CoverageManagement;
import org.shelfcare.timeoff.HandoffPlans;
import org.shelfcare.timeoff.LeaveRequest;
import org.shelfcare.timeoff.LeaveType;
import org.shelfcare.timeoff.TimeoffManagement;
import org.shelfcare.web.Flash;
import org.shelfcare.web.FormErrors;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Time-off pages: a person's own requests and the request form (with who on their team is out),
 * a request's page with the approver's decision, the approver's queue, and the admins' leave types.
 */
@Controller
class TimeoffController {

    private static final int LOOK_AHEAD_DAYS = 27;

    private final TimeoffManagement timeoff;
    private final MessageSource messages;
    private final CoverageManagement coverage;
    private final HandoffPlans handoffs;

    TimeoffController(TimeoffManagement timeoff, MessageSource messages, CoverageManagement coverage,
            HandoffPlans handoffs) {
        this.timeoff = timeoff;
        this.messages = messages;
        this.coverage = coverage;
        this.handoffs = handoffs;
    }

    @GetMapping(HOME)
    String home(CurrentUser user, Model model) {
        model.addAttribute("requests", timeoff.mine(user));
        model.addAttribute("approves", user.has(Role.SUPERVISOR) || user.isAdmin());
        model.addAttribute("admin", user.isAdmin());
        return "timeoff/home";
    }

    @GetMapping(NEW)
    String form(CurrentUser user, Model model) {
        LocalDate today = timeoff.today(user);
        LeaveForm form = LeaveForm.starting(today, UUID.randomUUID().toString());
        // before any dates are chosen, the next four weeks
        return renderForm(user, model, form, null, FormErrors.NONE, today, today.plusDays(LOOK_AHEAD_DAYS));
    }

    @PostMapping(REQUESTS)
    String send(CurrentUser user, @ModelAttribute("form") LeaveForm form, Locale locale, Model model,
            RedirectAttributes redirect) {
        if (form.checking()) {
            return renderForm(user, model, form, null, FormErrors.NONE);
        }
        TimeoffManagement.Sent sent;
        try {
            sent = timeoff.request(user, form.draft(), form.getFormToken());
        } catch (InvalidInput invalid) {
            return renderForm(user, model, form, null, FormErrors.of(invalid, messages, locale));
        } catch (ErrorResponseException conflict) {
            return renderForm(user, model, form, null, conflictErrors(conflict, locale));
        } catch (DuplicateKeyException doubleClick) {
            // the same form arrived twice at once: the first one made the request
            sent = timeoff.sentWith(user, form.getFormToken()).orElseThrow(() -> doubleClick);
        }
        Flash.notice(redirect, messages.getMessage("timeoff.request.sent." + sent.status().name(), null, locale));
        return "redirect:" + TimeoffRoutes.request(sent.id());
    }

    @GetMapping(REQUESTS + "/{id}")
    String request(CurrentUser user, @PathVariable UUID id, Model model) {
        return renderRequest(user, model, timeoff.request(user, id), FormErrors.NONE, "", "");
    }

    @GetMapping(REQUESTS + "/{id}/edit")
    String edit(CurrentUser user, @PathVariable UUID id, Model model) {
        LeaveRequest request = own(user, id);
        return renderForm(user, model, LeaveForm.of(request), request, FormErrors.NONE);
    }

    @PostMapping(REQUESTS + "/{id}")
    String change(CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") LeaveForm form, Locale locale,
            Model model, RedirectAttributes redirect) {
        LeaveRequest request = own(user, id);
        if (form.checking()) {
            return renderForm(user, model, form, request, FormErrors.NONE);
        }
        try {
            timeoff.change(user, id, form.draft());
        } catch (InvalidInput invalid) {
            return renderForm(user, model, form, request, FormErrors.of(invalid, messages, locale));
        } catch (ErrorResponseException conflict) {
            return renderForm(user, model, form, request, conflictErrors(conflict, locale));
        }
        Flash.notice(redirect, messages.getMessage("timeoff.request.changed", null, locale));
        return "redirect:" + TimeoffRoutes.request(id);
    }

    @GetMapping(REQUESTS + "/{id}/cancel")
    String confirmCancel(CurrentUser user, @PathVariable UUID id, Model model) {
        LeaveRequest request = own(user, id);
        if (!request.cancellable()) {
            throw Problems.conflict("timeoff.request.notCancellable");
        }
        model.addAttribute("request", request);
        return "timeoff/cancel";
    }

    @PostMapping(REQUESTS + "/{id}/cancel")
    String cancel(CurrentUser user, @PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        timeoff.cancel(user, id);
        Flash.notice(redirect, messages.getMessage("timeoff.request.cancelled", null, locale));
        return "redirect:" + HOME;
    }

    @PostMapping(REQUESTS + "/{id}/decision")
    String decide(CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) @Nullable String decision,
            @RequestParam(required = false) @Nullable String comment, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            LeaveRequest decided = timeoff.decide(user, id, decision, comment);
            Flash.notice(redirect, messages.getMessage("timeoff.decision.done." + decided.status().name(), null, locale));
        } catch (InvalidInput invalid) {
            return renderRequest(user, model, timeoff.request(user, id), FormErrors.of(invalid, messages, locale),
                    decision == null ? "" : decision, comment == null ? "" : comment);
        }
        return "redirect:" + APPROVALS;
    }

    @GetMapping(APPROVALS)
    String approvals(CurrentUser user, Model model) {
        List<LeaveRequest> requests = timeoff.approvals(user);
        model.addAttribute("requests", requests);
        model.addAttribute("handoffs", handoffs.summaries(user, requests));
        return "timeoff/approvals";
    }

    // ---- leave types (admins) ---------------------------------------------------------------------

    @GetMapping(TYPES)
    String types(CurrentUser user, Model model) {
        user.require(Role.ADMIN);
        model.addAttribute("types", timeoff.types(user));
        return "timeoff/types";
    }

    @GetMapping(TYPES + "/{code}")
    String type(CurrentUser user, @PathVariable String code, Model model) {
        LeaveType type = timeoff.type(user, code);
        return renderType(model, type, LeaveTypeForm.of(type), FormErrors.NONE);
    }

    @PostMapping(TYPES + "/{code}")
    String changeType(CurrentUser user, @PathVariable String code, @ModelAttribute("form") LeaveTypeForm form,
            Locale locale, Model model, RedirectAttributes redirect) {
        LeaveType type = timeoff.type(user, code);
        try {
            timeoff.changeType(user, code, form.isNeedsApproval(), form.getNoticeDays(), form.isNoteAllowed(),
                    form.isPrivateType());
        } catch (InvalidInput invalid) {
            return renderType(model, type, form, FormErrors.of(invalid, messages, locale));
        }
        Flash.notice(redirect, messages.getMessage("timeoff.type.saved", null, locale));
        return "redirect:" + TYPES;
    }

    // ---- rendering --------------------------------------------------------------------------------

    private LeaveRequest own(CurrentUser user, UUID id) {
        LeaveRequest request = timeoff.request(user, id);
        if (!request.mine()) {
            throw Problems.forbidden();
        }
        return request;
    }

    private FormErrors conflictErrors(ErrorResponseException conflict, Locale locale) {
        if (conflict.getStatusCode().value() != HttpStatus.CONFLICT.value() || conflict.getDetailMessageCode() == null) {
            throw conflict;
        }
        return FormErrors.form("startDate", messages.getMessage(conflict.getDetailMessageCode(),
                conflict.getDetailMessageArguments(), locale));
    }

    private String renderForm(CurrentUser user, Model model, LeaveForm form, @Nullable LeaveRequest request,
            FormErrors errors) {
        LocalDate from = parse(form.getStartDate(), timeoff.today(user));
        // the coverage rules the days typed would break, once the person has chosen them
        model.addAttribute("coverageWarnings", coverage.wouldBreak(user, form.getStartDate(), form.getEndDate(),
                form.getPortion()));
        model.addAttribute("shortNotice", timeoff.shortNotice(user, form.getType(), form.getStartDate()).orElse(null));
        return renderForm(user, model, form, request, errors, from, parse(form.getEndDate(), from));
    }

    private String renderForm(CurrentUser user, Model model, LeaveForm form, @Nullable LeaveRequest request,
            FormErrors errors, LocalDate from, LocalDate to) {
        List<LeaveType> types = timeoff.types(user);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("request", request);
        model.addAttribute("types", types);
        model.addAttribute("privateTypes", types.stream().filter(LeaveType::privateType).toList());
        model.addAttribute("noNoteTypes", types.stream().filter(t -> !t.noteAllowed()).toList());
        model.addAttribute("outFrom", from);
        model.addAttribute("outTo", to.isBefore(from) ? from : to);
        model.addAttribute("teamOut", timeoff.teamOut(user, from, to));
        model.addAttribute("pastDays", TimeoffManagement.PAST_DAYS);
        return "timeoff/form";
    }

    private String renderRequest(CurrentUser user, Model model, LeaveRequest request, FormErrors errors,
            String decision, String comment) {
        model.addAttribute("request", request);
        model.addAttribute("coverageWarnings", coverage.wouldBreak(user, request));
        model.addAttribute("handoff", handoffs.summary(user, request.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("decision", decision);
        model.addAttribute("comment", comment);
        return "timeoff/request";
    }

    private String renderType(Model model, LeaveType type, LeaveTypeForm form, FormErrors errors) {
        model.addAttribute("type", type);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maxNotice", LeaveType.MAX_NOTICE_DAYS);
        return "timeoff/type";
    }

    private static LocalDate parse(String text, LocalDate fallback) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return fallback;
        }
    }
}
