package org.shelfcare.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.PeopleAdministration;
import org.shelfcare.directory.PeopleAdministration.PersonChanges;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.RosterImport;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins change people and import rosters; supervisors keep their reports' working patterns. */
@ApiController("/api/v1/people")
class PeopleAdminApiController {

    private final PeopleAdministration administration;
    private final RosterImport roster;

    PeopleAdminApiController(PeopleAdministration administration, RosterImport roster) {
        this.administration = administration;
        this.roster = roster;
    }

    @Operation(summary = "Change a person (admins). Every field is optional; null clears branchId, departmentId, "
            + "jobTitle or supervisorId. Fields: name, roles, branchId, otherBranchIds, departmentId, jobTitle, "
            + "supervisorId, workingPattern (e.g. MON,TUE,WED:AM,THU,FRI), active, startedOn (YYYY-MM-DD, the day the "
            + "person started at the library; null clears it)")
    @PatchMapping("/{id}")
    PersonView patch(CurrentUser user, @PathVariable UUID id, @RequestBody Map<String, @Nullable Object> body) {
        user.require(Role.ADMIN);
        PersonChanges changes = new PersonChanges(
                body.containsKey("name") ? text(body, "name", false) : null,
                body.containsKey("roles") ? PeopleApiController.roles(strings(body, "roles")) : null,
                body.containsKey("branchId") ? Optional.ofNullable(id(body, "branchId")) : null,
                body.containsKey("otherBranchIds") ? ids(body, "otherBranchIds") : null,
                body.containsKey("departmentId") ? Optional.ofNullable(id(body, "departmentId")) : null,
                body.containsKey("jobTitle") ? Optional.ofNullable(text(body, "jobTitle", true)) : null,
                body.containsKey("supervisorId") ? Optional.ofNullable(id(body, "supervisorId")) : null,
                body.containsKey("workingPattern") ? text(body, "workingPattern", false) : null,
                body.containsKey("active") ? bool(body, "active") : null,
                body.containsKey("startedOn") ? Optional.ofNullable(text(body, "startedOn", true)) : null);
        return administration.update(user, id, changes);
    }

    record WorkingPatternRequest(@Nullable String workingPattern) {}

    @Operation(summary = "Set a person's working pattern, e.g. MON,TUE,WED:AM,THU,FRI (admins, and the person's "
            + "supervisor); a colleague who is not a direct report answers 403")
    @PutMapping("/{id}/working-pattern")
    PersonView workingPattern(CurrentUser user, @PathVariable UUID id, @RequestBody WorkingPatternRequest request) {
        return administration.setWorkingPattern(user, id, request.workingPattern());
    }

    record ImportedPerson(UUID id, String name, String login, String invitationUrl) {}

    record ImportResponse(List<UUID> ids, List<ImportedPerson> people) {}

    record DryRunResponse(int rows, boolean valid) {}

    @Operation(summary = "Import a roster (admins): a text/csv body with the header "
            + "name,email,username,branch,department,job_title,roles,supervisor_email and optionally start_date "
            + "(YYYY-MM-DD, the day the person started). With dryRun=true nothing is "
            + "saved. Problems answer 400 with errors pointing at #/rows/<row>/<column>, rows numbered as in a "
            + "spreadsheet (the header is row 1); more than 5,000 rows or 2 MB answers 413; otherwise everyone is "
            + "invited in one transaction (201)")
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    ResponseEntity<?> importRoster(CurrentUser user, @RequestParam(defaultValue = "false") boolean dryRun,
            HttpServletRequest request) throws IOException {
        user.require(Role.ADMIN);
        byte[] content = request.getInputStream().readNBytes(RosterImport.MAX_BYTES + 1);
        RosterImport.Preview preview = roster.preview(user, content);
        if (!preview.ready()) {
            throw RosterImport.invalid(preview);
        }
        if (dryRun) {
            return ResponseEntity.ok(new DryRunResponse(preview.rows().size(), true));
        }
        List<RosterImport.Imported> imported = roster.importRows(user, preview.rows());
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportResponse(
                imported.stream().map(RosterImport.Imported::id).toList(),
                imported.stream().map(p -> new ImportedPerson(p.id(), p.name(), p.login(), p.invitationUrl())).toList()));
    }

    private static @Nullable String text(Map<String, @Nullable Object> body, String field, boolean nullable) {
        Object value = body.get(field);
        if (value == null && nullable) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw Problems.invalid(field, "validation.invalidValue");
        }
        return text;
    }

    private static @Nullable Boolean bool(Map<String, @Nullable Object> body, String field) {
        if (!(body.get(field) instanceof Boolean value)) {
            throw Problems.invalid(field, "validation.invalidValue");
        }
        return value;
    }

    private static List<String> strings(Map<String, @Nullable Object> body, String field) {
        if (!(body.get(field) instanceof List<?> list)) {
            throw Problems.invalid(field, "validation.invalidValue");
        }
        List<String> strings = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String text)) {
                throw Problems.invalid(field, "validation.invalidValue");
            }
            strings.add(text);
        }
        return strings;
    }

    private static @Nullable UUID id(Map<String, @Nullable Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException malformed) {
            throw Problems.invalid(field, "validation.invalidValue");
        }
    }

    private static List<UUID> ids(Map<String, @Nullable Object> body, String field) {
        List<UUID> ids = new ArrayList<>();
        for (String value : strings(body, field)) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException malformed) {
                throw Problems.invalid(field, "validation.invalidValue");
            }
        }
        return ids;
    }
}
