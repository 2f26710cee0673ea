package org.shelfcare.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.ListPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.ErrorResponseException;

/** The audit log: what admins and care contacts see of it, its filters and pages, and its walls. */
@IntegrationTest
class AuditLogTests {

    @Autowired AuditLog auditLog;
    @Autowired DirectoryManagement directory;
    @Autowired Fixtures fixtures;
    @Autowired MockMvcTester mvc;

    Fixtures.Library library;
    CurrentUser admin;
    CurrentUser careAdmin;
    CurrentUser safetyLead;
    CurrentUser staff;

    @BeforeEach
    void library() {
        library = fixtures.library("Audit Library");
        admin = library.admin();
        careAdmin = library.person("Carla Care", Role.ADMIN, Role.CARE_CONTACT);
        safetyLead = library.person("Sam Safety", Role.SAFETY_LEAD);
        staff = library.person("Stella Staff");
    }

    @Test
    void careTrackEntriesAreShownToCareContactsOnly() {
        UUID incident = UUID.randomUUID();
        UUID careNote = UUID.randomUUID();
        auditLog.recordRead(safetyLead, "INCIDENT", incident);
        auditLog.recordCareRead(careAdmin, "CARE_NOTE", careNote);

        assertThat(auditLog.entries(admin, AuditQuery.ALL, null, 50).items())
                .extracting(AuditEntry::action).containsExactly(AuditLog.RECORD_READ);
        assertThat(auditLog.entries(careAdmin, AuditQuery.ALL, null, 50).items())
                .extracting(AuditEntry::action).containsExactly(AuditLog.CARE_RECORD_READ, AuditLog.RECORD_READ);
        assertThat(auditLog.actions(admin)).containsExactly(AuditLog.RECORD_READ);

        assertThat(mvc.get().uri("/admin/audit").with(Fixtures.as(admin))).hasStatusOk().bodyText()
                .contains("Sensitive record read", "Sam Safety", "Only admins of your library see this log",
                        "not shown to you")
                .doesNotContain("Care record read", careNote.toString().substring(0, 8));
        assertThat(mvc.get().uri("/admin/audit").with(Fixtures.as(careAdmin))).hasStatusOk().bodyText()
                .contains("Care record read", "Care note " + careNote.toString().substring(0, 8), "Sensitive record read");

        assertThat(mvc.get().uri("/api/v1/audit").accept(MediaType.APPLICATION_JSON).with(Fixtures.as(admin)))
                .hasStatusOk().bodyText().contains(incident.toString()).doesNotContain(careNote.toString());
        assertThat(mvc.get().uri("/api/v1/audit?subject=" + careNote).accept(MediaType.APPLICATION_JSON)
                .with(Fixtures.as(admin))).as("a care-track subject is unknown to a non-care admin").hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/audit?subject=" + careNote).accept(MediaType.APPLICATION_JSON)
                .with(Fixtures.as(careAdmin))).hasStatusOk().bodyJson()
                .extractingPath("$.items[0].careTrack").isEqualTo(true);
    }

    @Test
    void onlyAdminsReadTheLog() {
        CurrentUser careContact = library.person("Cal Care", Role.CARE_CONTACT);
        for (CurrentUser notAdmin : new CurrentUser[] {staff, safetyLead, careContact}) {
            assertThatThrownBy(() -> auditLog.entries(notAdmin, AuditQuery.ALL, null, 50))
                    .isInstanceOfSatisfying(ErrorResponseException.class,
                            e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
        }
        assertThat(mvc.get().uri("/admin/audit").with(Fixtures.as(admin))).bodyText()
                .contains("<a href=\"/admin/audit\" aria-current=\"page\">Audit log</a>");
        assertThat(mvc.get().uri("/admin/audit").with(Fixtures.as(staff))).hasStatus(403).bodyText()
                .doesNotContain("href=\"/admin/audit\"");
    }

    @Test
    void filtersByActionActorSubjectAndDays() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        auditLog.recordRead(safetyLead, "INCIDENT", first);
        auditLog.recordRead(admin, "INCIDENT", second);
        auditLog.record(new AuditEvent(library.id(), admin.personId(), "ROLES_CHANGED", "PERSON", staff.personId(),
                "STAFF -> STAFF,SUPERVISOR", false));

        assertThat(entries(new AuditQuery("ROLES_CHANGED", null, null, null, null)))
                .extracting(AuditEntry::subjectName, AuditEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(staff.name(), "STAFF -> STAFF,SUPERVISOR"));
        assertThat(entries(new AuditQuery(null, safetyLead.personId(), null, null, null)))
                .extracting(AuditEntry::subjectId).containsExactly(first);
        assertThat(entries(new AuditQuery(AuditLog.RECORD_READ, admin.personId(), null, null, null)))
                .extracting(AuditEntry::subjectId, AuditEntry::actorName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second, admin.name()));
        assertThat(entries(new AuditQuery(null, null, second, null, null))).hasSize(1);

        ZoneId zone = directory.organization(library.id()).zone();
        LocalDate today = ZonedDateTime.now(zone).toLocalDate();
        assertThat(entries(new AuditQuery(null, null, null, today, today))).as("the end day is included").hasSize(3);
        assertThat(entries(new AuditQuery(null, null, null, today.plusDays(1), null))).isEmpty();
        assertThat(entries(new AuditQuery(null, null, null, null, today.minusDays(1)))).isEmpty();
        assertThatThrownBy(() -> entries(new AuditQuery(null, null, null, today, today.minusDays(1))))
                .isInstanceOf(InvalidInput.class);

        assertThat(mvc.get().uri("/admin/audit?action=ROLES_CHANGED&from=" + today + "&to=" + today)
                .with(Fixtures.as(admin))).hasStatusOk().bodyText().contains("Roles changed", "STAFF -&gt; STAFF,SUPERVISOR")
                .doesNotContain("Incident " + first.toString().substring(0, 8), "Incident " + second.toString().substring(0, 8));
        assertThat(mvc.get().uri("/admin/audit").with(Fixtures.as(admin))).bodyText()
                .contains("Incident " + first.toString().substring(0, 8));
        assertThat(mvc.get().uri("/admin/audit?from=yesterday").with(Fixtures.as(admin))).hasStatusOk().bodyText()
                .contains("Please enter a date like 2026-11-28.");
        assertThat(mvc.get().uri("/api/v1/audit?from=" + today + "&to=" + today.minusDays(1))
                .accept(MediaType.APPLICATION_JSON).with(Fixtures.as(admin)))
                .hasStatus(400).bodyJson().extractingPath("$.errors[0].pointer").isEqualTo("#/to");
        assertThat(mvc.get().uri("/api/v1/audit?actor=" + safetyLead.personId()).accept(MediaType.APPLICATION_JSON)
                .with(Fixtures.as(admin))).hasStatusOk().bodyJson().extractingPath("$.items.length()").isEqualTo(1);
    }

    @Test
    void pagesThroughTheLogNewestFirst() {
        for (int i = 0; i < 5; i++) {
            auditLog.recordRead(admin, "INCIDENT", UUID.randomUUID());
        }
        ListPage<AuditEntry> first = auditLog.entries(admin, AuditQuery.ALL, null, 2);
        ListPage<AuditEntry> second = auditLog.entries(admin, AuditQuery.ALL, first.nextCursor(), 2);
        ListPage<AuditEntry> third = auditLog.entries(admin, AuditQuery.ALL, second.nextCursor(), 2);

        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(2);
        assertThat(third.items()).hasSize(1);
        assertThat(third.nextCursor()).isNull();
        assertThat(first.items().get(0).at()).isAfterOrEqualTo(third.items().get(0).at());
        assertThat(Set.of(first.items().get(0).id(), first.items().get(1).id(), second.items().get(0).id(),
                second.items().get(1).id(), third.items().get(0).id())).hasSize(5);
        assertThatThrownBy(() -> auditLog.entries(admin, AuditQuery.ALL, "not-a-cursor", 2)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void anotherLibrarysEntriesNeverShow() {
        Fixtures.Library other = fixtures.library("Other Audit Library");
        CurrentUser otherCareAdmin = other.person("Olga", Role.ADMIN, Role.CARE_CONTACT);
        UUID theirs = UUID.randomUUID();
        auditLog.recordRead(otherCareAdmin, "INCIDENT", theirs);
        auditLog.recordCareRead(otherCareAdmin, "CARE_NOTE", UUID.randomUUID());
        auditLog.recordRead(admin, "INCIDENT", UUID.randomUUID());

        assertThat(auditLog.entries(careAdmin, AuditQuery.ALL, null, 500).items())
                .extracting(AuditEntry::actorId).containsOnly(admin.personId());
        assertThatThrownBy(() -> auditLog.entries(careAdmin, new AuditQuery(null, otherCareAdmin.personId(), null, null, null),
                null, 50)).isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
        assertThat(mvc.get().uri("/admin/audit?subject=" + theirs).with(Fixtures.as(careAdmin))).hasStatus(404);
    }

    @Test
    void recordsTheOperatorsDeactivationInTheLibrarysLog() {
        CurrentUser operator = new CurrentUser(UUID.randomUUID(), UUID.randomUUID(), "Operator", null, null,
                Set.of(Role.STAFF, Role.OPERATOR), Locale.ENGLISH, ZoneId.of("UTC"), false);
        directory.setOrganizationActive(operator, library.id(), false);
        directory.setOrganizationActive(operator, library.id(), true);

        assertThat(entries(AuditQuery.ALL)).extracting(AuditEntry::action, AuditEntry::actorName, AuditEntry::subjectName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ORGANIZATION_REACTIVATED", null, directory.organization(library.id()).name()),
                        org.assertj.core.groups.Tuple.tuple("ORGANIZATION_DEACTIVATED", null, directory.organization(library.id()).name()));
        assertThat(mvc.get().uri("/admin/audit").with(Fixtures.as(admin))).hasStatusOk().bodyText()
                .contains("Library deactivated", "Someone outside your library (the instance operator)");
        assertThat(mvc.get().uri("/admin/audit").header("Accept-Language", "es").with(Fixtures.as(admin)))
                .hasStatusOk().bodyText().contains("Biblioteca desactivada");
    }

    private java.util.List<AuditEntry> entries(AuditQuery query) {
        return auditLog.entries(admin, query, null, 50).items();
    }
}
