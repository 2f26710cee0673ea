package org.shelfcare.training.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.training.CatalogItem;
import org.shelfcare.training.Completion;
import org.shelfcare.training.ItemDraft;
import org.shelfcare.training.Requirement;
import org.shelfcare.training.TrainingManagement;
import org.shelfcare.training.TrainingRecords;
import org.shelfcare.training.TrainingRow;
import org.shelfcare.training.TrainingStatus;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * Training as JSON: the catalog (everyone reads it, admins and wellness leads keep it), the
 * requirements, the caller's own trainings and completions, the review of completions by leads
 * and supervisors (the compliance view is in {@link ComplianceApiController}).
 */
@ApiController("/api/v1/training")
class TrainingApiController {

    private final TrainingManagement training;
    private final TrainingRecords records;

    TrainingApiController(TrainingManagement training, TrainingRecords records) {
        this.training = training;
        this.records = records;
    }

    record Created(UUID id) {}

    record ItemBody(@Nullable String title, @Nullable String description, @Nullable String provider,
            @Nullable String link, @Nullable String format, @Nullable Integer durationMinutes,
            @Nullable Integer recertMonths, @Nullable Boolean retired, @Nullable String programId) {

        ItemDraft draft() {
            return new ItemDraft(title, description, provider, link, format,
                    durationMinutes == null ? null : durationMinutes.toString(),
                    recertMonths == null ? null : recertMonths.toString(), programId);
        }
    }

    record RequirementBody(@Nullable String itemId, @Nullable String audience, @Nullable String value,
            @Nullable Integer intervalMonths, @Nullable Integer withinDays) {}

    record OnBehalfBody(@Nullable String itemId, @Nullable String completedOn, @Nullable List<String> personIds,
            @Nullable String branchId, @Nullable String departmentId, @Nullable String note) {

        TrainingRecords.Selection selection() {
            return new TrainingRecords.Selection(itemId, completedOn, note, personIds == null ? List.of() : personIds,
                    branchId, departmentId);
        }
    }

    record PersonJson(UUID id, String name, @Nullable String branch, @Nullable String department) {}

    record CompletionBody(@Nullable String itemId, @Nullable String completedOn, @Nullable String note) {}

    record RejectBody(@Nullable String reason) {}

    record CompletionJson(UUID id, UUID itemId, String itemTitle, UUID personId, String personName,
            LocalDate completedOn, @Nullable String note, boolean certificate, String status,
            @Nullable String rejectReason, @Nullable UUID recordedById, @Nullable String recordedByName) {

        static CompletionJson of(Completion c) {
            return new CompletionJson(c.id(), c.itemId(), c.itemTitle(), c.personId(), c.personName(), c.completedOn(),
                    c.note(), c.hasCertificate(), c.status().name(), c.rejectReason(), c.recordedById(),
                    c.recordedByName());
        }
    }

    record StatusJson(CatalogItem item, boolean required, @Nullable Integer intervalMonths,
            @Nullable TrainingStatus status, @Nullable LocalDate lastCompletedOn, @Nullable LocalDate expiresOn,
            @Nullable LocalDate dueBy) {

        static StatusJson of(TrainingRow row) {
            return new StatusJson(row.item(), row.required(), row.months(), row.status(),
                    row.lastCompleted() == null ? null : row.lastCompleted().completedOn(), row.expiresOn(), row.dueBy());
        }
    }

    @Operation(summary = "The catalog: what is offered (admins and wellness leads also see retired items)")
    @GetMapping("/catalog")
    ListPage<CatalogItem> catalog(CurrentUser user) {
        return new ListPage<>(training.catalog(user), null);
    }

    @Operation(summary = "Add a training to the catalog (admins and wellness leads): title, format (IN_PERSON, "
            + "ONLINE_LIVE, SELF_PACED, BLENDED, DRILL), optional description, provider, link, durationMinutes, recertMonths, "
            + "programId (a staff program whose sessions offer it)")
    @PostMapping("/catalog")
    @ResponseStatus(HttpStatus.CREATED)
    Created addItem(CurrentUser user, @RequestBody ItemBody body) {
        return new Created(training.addItem(user, body.draft()).id());
    }

    @GetMapping("/catalog/{id}")
    CatalogItem item(CurrentUser user, @PathVariable UUID id) {
        return training.item(user, id);
    }

    @Operation(summary = "Change a catalog item (all fields as for adding); \"retired\": true retires it, false brings it back")
    @PutMapping("/catalog/{id}")
    CatalogItem changeItem(CurrentUser user, @PathVariable UUID id, @RequestBody ItemBody body) {
        CatalogItem item = training.changeItem(user, id, body.draft());
        return body.retired() == null ? item : training.setRetired(user, id, body.retired());
    }

    @Operation(summary = "Every requirement: a training that EVERYONE, a ROLE, a JOB_TITLE or a DEPARTMENT must take, and how often")
    @GetMapping("/requirements")
    ListPage<Requirement> requirements(CurrentUser user) {
        return new ListPage<>(training.requirements(user), null);
    }

    @Operation(summary = "Require a training (admins and wellness leads): itemId, audience (EVERYONE, ROLE, JOB_TITLE, "
            + "DEPARTMENT), value (role code, job title or department id), optional intervalMonths, and optional "
            + "withinDays: new staff have that many days from their start date (status DUE_BY, then OVERDUE)")
    @PostMapping("/requirements")
    @ResponseStatus(HttpStatus.CREATED)
    Created addRequirement(CurrentUser user, @RequestBody RequirementBody body) {
        return new Created(training.addRequirement(user, body.itemId(), body.audience(), body.value(),
                body.intervalMonths() == null ? null : body.intervalMonths().toString(),
                body.withinDays() == null ? null : body.withinDays().toString()).id());
    }

    @DeleteMapping("/requirements/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeRequirement(CurrentUser user, @PathVariable UUID id) {
        training.removeRequirement(user, id);
    }

    @Operation(summary = "The caller's trainings: required ones with a status (DONE, DUE_SOON, OVERDUE, NEVER_DONE), then optional ones")
    @GetMapping("/mine")
    ListPage<StatusJson> mine(CurrentUser user, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return new ListPage<>(training.myTraining(user).stream().map(StatusJson::of).toList(), null);
    }

    @Operation(summary = "The caller's own completions, newest first")
    @GetMapping("/completions")
    ListPage<CompletionJson> completions(CurrentUser user, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return new ListPage<>(training.myCompletions(user).stream().map(CompletionJson::of).toList(), null);
    }

    @Operation(summary = "Record a completion of one's own: itemId, completedOn (YYYY-MM-DD, not in the future), "
            + "optional note; as multipart/form-data the same fields plus an optional certificate file")
    @PostMapping("/completions")
    @ResponseStatus(HttpStatus.CREATED)
    Created record(CurrentUser user, @RequestBody CompletionBody body) {
        return new Created(training.record(user, body.itemId(), body.completedOn(), body.note(), null).id());
    }

    @Operation(summary = "Record a completion of one's own with a certificate (multipart/form-data): itemId, completedOn, "
            + "optional note, optional certificate (PDF, PNG or JPEG by its first bytes, at most 2 MB; larger answers 413)")
    @PostMapping(path = "/completions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created recordWithCertificate(CurrentUser user, @RequestParam(required = false) @Nullable String itemId,
            @RequestParam(required = false) @Nullable String completedOn, @RequestParam(required = false) @Nullable String note,
            @RequestParam(name = "certificate", required = false) @Nullable MultipartFile certificate) throws IOException {
        return new Created(training.record(user, itemId, completedOn, note, Certificates.upload(certificate)).id());
    }

    @Operation(summary = "Record a training for others (admins and wellness leads: anyone in the library; supervisors: "
            + "their direct reports): itemId, completedOn, personIds and/or branchId or departmentId (everyone whose home "
            + "branch or department it is), optional note. Verified at once; each person is told in the app. Someone of "
            + "another library answers 404, someone outside a supervisor's team 403")
    @PostMapping("/completions/on-behalf")
    @ResponseStatus(HttpStatus.CREATED)
    ListPage<CompletionJson> recordOnBehalf(CurrentUser user, @RequestBody OnBehalfBody body) {
        return new ListPage<>(records.record(user, body.selection(), null).stream().map(CompletionJson::of).toList(), null);
    }

    @Operation(summary = "Who a completion recorded for others would go to, saving nothing (the same body and rules)")
    @PostMapping("/completions/on-behalf/preview")
    ListPage<PersonJson> previewOnBehalf(CurrentUser user, @RequestBody OnBehalfBody body, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return new ListPage<>(records.preview(user, body.selection()).people().stream()
                .map(m -> new PersonJson(m.id(), m.name(), m.branchName(), m.departmentName())).toList(), null);
    }

    @Operation(summary = "A completion's certificate, as an attachment (those who may see the completion; others 404)")
    @GetMapping("/completions/{id}/certificate")
    ResponseEntity<byte[]> certificate(CurrentUser user, @PathVariable UUID id) {
        return Certificates.download(training.certificate(user, id));
    }

    @Operation(summary = "Add or replace a completion's certificate (multipart/form-data, part \"certificate\"): those who "
            + "may see the completion. PDF, PNG or JPEG by its first bytes, at most 2 MB (larger answers 413). When the "
            + "person replaces it on a completion a lead already looked at, it waits for a lead again")
    @PutMapping(path = "/completions/{id}/certificate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    CompletionJson attachCertificate(CurrentUser user, @PathVariable UUID id,
            @RequestParam(name = "certificate", required = false) @Nullable MultipartFile certificate) throws IOException {
        return CompletionJson.of(records.attachCertificate(user, id, Certificates.upload(certificate)));
    }

    @Operation(summary = "Completions waiting for review: everyone's for admins and wellness leads, direct reports' for supervisors")
    @GetMapping("/completions/pending")
    ListPage<CompletionJson> pending(CurrentUser user, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return new ListPage<>(training.pending(user).stream().map(CompletionJson::of).toList(), null);
    }

    @GetMapping("/completions/{id}")
    CompletionJson completion(CurrentUser user, @PathVariable UUID id, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        return CompletionJson.of(training.completion(user, id));
    }

    @PostMapping("/completions/{id}/verify")
    CompletionJson verify(CurrentUser user, @PathVariable UUID id) {
        return CompletionJson.of(training.verify(user, id));
    }

    @Operation(summary = "Reject a completion with a reason its owner reads; it stops counting")
    @PostMapping("/completions/{id}/reject")
    CompletionJson reject(CurrentUser user, @PathVariable UUID id, @RequestBody RejectBody body) {
        return CompletionJson.of(training.reject(user, id, body.reason()));
    }
}
