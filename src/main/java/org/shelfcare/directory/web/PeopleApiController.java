package org.shelfcare.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Invitation;
import org.shelfcare.directory.NewPerson;
import org.shelfcare.directory.PeopleAdministration;
import org.shelfcare.directory.PersonView;
import org.shelfcare.directory.Role;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** People of the caller's library: invite (admins), list and read. */
@ApiController("/api/v1/people")
class PeopleApiController {

    private final DirectoryManagement directory;
    private final PeopleAdministration administration;

    PeopleApiController(DirectoryManagement directory, PeopleAdministration administration) {
        this.directory = directory;
        this.administration = administration;
    }

    record InviteRequest(@Nullable String name, @Nullable String email, @Nullable String username,
            @Nullable List<String> roles, @Nullable UUID branchId, @Nullable UUID departmentId,
            @Nullable String jobTitle, @Nullable UUID supervisorId) {}

    record InviteResponse(UUID id, String invitationUrl) {}

    @Operation(summary = "Invite a person (admins); answers the link the invitee opens to set a password")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    InviteResponse invite(CurrentUser user, @RequestBody InviteRequest request) {
        user.require(Role.ADMIN);
        Invitation invitation = directory.invite(user, new NewPerson(request.name() == null ? "" : request.name(),
                request.email(), request.username(), roles(request.roles()), request.branchId(), request.departmentId(),
                request.jobTitle(), request.supervisorId()));
        return new InviteResponse(invitation.personId(), invitation.url());
    }

    @Operation(summary = "A new invitation link for someone who has not yet accepted (admins)")
    @PostMapping("/{id}/invitation")
    @ResponseStatus(HttpStatus.CREATED)
    InviteResponse resend(CurrentUser user, @PathVariable UUID id) {
        Invitation invitation = administration.resendInvitation(user, id);
        return new InviteResponse(invitation.personId(), invitation.url());
    }

    @Operation(summary = "People of the caller's library; admins and supervisors see more of each")
    @GetMapping
    ListPage<PersonView> list(CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return ListPage.of(directory.people(user), cursor, limit);
    }

    @Operation(summary = "One person of the caller's library; another library's person answers 404")
    @GetMapping("/{id}")
    PersonView one(CurrentUser user, @PathVariable UUID id) {
        return directory.person(user, id);
    }

    static List<Role> roles(@Nullable List<String> codes) {
        List<Role> roles = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            try {
                roles.add(Role.valueOf(code));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw Problems.invalid("roles", "person.unknownRole", String.valueOf(code));
            }
        }
        return roles;
    }
}
