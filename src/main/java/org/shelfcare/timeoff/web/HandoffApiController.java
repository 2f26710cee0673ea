package org.shelfcare.timeoff.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.timeoff.CoveringItem;
import org.shelfcare.timeoff.HandoffItem;
import org.shelfcare.timeoff.HandoffItemDraft;
import org.shelfcare.timeoff.HandoffPlan;
import org.shelfcare.timeoff.HandoffPlans;
import org.shelfcare.timeoff.HandoffTemplate;
import org.shelfcare.timeoff.HandoffTemplateDraft;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Handoff plans and templates as JSON. A plan is addressed by its leave request's id. To covering
 * colleagues a plan shows only their own items and {@code "type": "OUT"}; the kind of leave appears
 * only to the requester, and to the approver and admins when it is not private.
 */
@ApiController("/api/v1/timeoff")
class HandoffApiController {

    private final HandoffPlans plans;

    HandoffApiController(HandoffPlans plans) {
        this.plans = plans;
    }

    record PlanBody(@Nullable String outOfOffice, @Nullable String keyContacts) {}

    record ItemBody(@Nullable String kind, @Nullable String description, @Nullable String date, @Nullable String time,
            @Nullable String coveringId) {

        HandoffItemDraft draft() {
            return new HandoffItemDraft(kind, description, date, time, coveringId);
        }
    }

    record AnswerBody(@Nullable String answer, @Nullable String reason) {}

    record TemplateChoice(@Nullable String templateId) {}

    record TemplateBody(@Nullable String name, @Nullable String departmentId, @Nullable List<TemplateItemBody> items) {

        HandoffTemplateDraft draft() {
            return new HandoffTemplateDraft(name, departmentId, items == null ? List.of()
                    : items.stream().map(i -> new HandoffTemplateDraft.Item(i.kind(), i.description())).toList());
        }
    }

    record TemplateItemBody(@Nullable String kind, @Nullable String description) {}

    @Operation(summary = "The handoff plan of a leave request: the requester's, the approver's, an admin's, or a covering colleague's part")
    @GetMapping("/handoffs/{requestId}")
    HandoffPlan plan(CurrentUser user, @PathVariable UUID requestId) {
        return plans.plan(user, requestId);
    }

    @Operation(summary = "Write the out-of-office message and key contacts of one's own plan")
    @PutMapping("/handoffs/{requestId}")
    HandoffPlan savePlan(CurrentUser user, @PathVariable UUID requestId, @RequestBody PlanBody body) {
        return plans.savePlan(user, requestId, body.outOfOffice(), body.keyContacts());
    }

    @Operation(summary = "Add an item to one's own plan; the colleague asked (coveringId) is told")
    @PostMapping("/handoffs/{requestId}/items")
    @ResponseStatus(HttpStatus.CREATED)
    HandoffItem addItem(CurrentUser user, @PathVariable UUID requestId, @RequestBody ItemBody body) {
        return plans.addItem(user, requestId, body.draft());
    }

    @Operation(summary = "Add the items of a template to one's own plan")
    @PostMapping("/handoffs/{requestId}/template")
    HandoffPlan startFromTemplate(CurrentUser user, @PathVariable UUID requestId, @RequestBody TemplateChoice body) {
        return plans.startFromTemplate(user, requestId, body.templateId());
    }

    @Operation(summary = "One item: whoever sees the plan (a covering colleague: their own items)")
    @GetMapping("/handoffs/items/{id}")
    HandoffItem item(CurrentUser user, @PathVariable UUID id) {
        return plans.item(user, id);
    }

    @Operation(summary = "Change an item of one's own plan; another colleague is asked again")
    @PutMapping("/handoffs/items/{id}")
    HandoffItem changeItem(CurrentUser user, @PathVariable UUID id, @RequestBody ItemBody body) {
        return plans.changeItem(user, id, body.draft());
    }

    @Operation(summary = "Remove an item from one's own plan")
    @DeleteMapping("/handoffs/items/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteItem(CurrentUser user, @PathVariable UUID id) {
        plans.deleteItem(user, id);
    }

    @Operation(summary = "Accept or decline an item one was asked to cover: {\"answer\": \"ACCEPT\" | \"DECLINE\", \"reason\"}")
    @PostMapping("/handoffs/items/{id}/answer")
    HandoffItem answer(CurrentUser user, @PathVariable UUID id, @RequestBody AnswerBody body) {
        return plans.answer(user, id, body.answer(), body.reason());
    }

    @Operation(summary = "The items the caller was asked to cover, of time off that still stands, soonest first")
    @GetMapping("/handoffs/covering")
    ListPage<CoveringItem> covering(CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return ListPage.of(plans.covering(user), cursor, limit);
    }

    @Operation(summary = "The library's handoff templates, for everyone to start from")
    @GetMapping("/handoff-templates")
    ListPage<HandoffTemplate> templates(CurrentUser user) {
        return ListPage.of(plans.templates(user), null, ListPage.MAX_LIMIT);
    }

    @Operation(summary = "Create a template (admins: any department; supervisors: their own)")
    @PostMapping("/handoff-templates")
    @ResponseStatus(HttpStatus.CREATED)
    HandoffTemplate createTemplate(CurrentUser user, @RequestBody TemplateBody body) {
        return plans.createTemplate(user, body.draft());
    }

    @Operation(summary = "One template")
    @GetMapping("/handoff-templates/{id}")
    HandoffTemplate template(CurrentUser user, @PathVariable UUID id) {
        return plans.template(user, id);
    }

    @Operation(summary = "Change a template (admins: any department; supervisors: their own)")
    @PutMapping("/handoff-templates/{id}")
    HandoffTemplate changeTemplate(CurrentUser user, @PathVariable UUID id, @RequestBody TemplateBody body) {
        return plans.changeTemplate(user, id, body.draft());
    }

    @Operation(summary = "Delete a template (admins: any department; supervisors: their own)")
    @DeleteMapping("/handoff-templates/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTemplate(CurrentUser user, @PathVariable UUID id) {
        plans.deleteTemplate(user, id);
    }
}
