package org.shelfcare.timeoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.support.SampleLibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The sample library's children's librarian has prepared the others for her vacation. */
@IntegrationTest
class HandoffSampleTests extends SampleLibraryTest {

    @Autowired MockMvc mvc;
    @Autowired DirectoryManagement directory;
    @Autowired JdbcClient jdbc;
    @Autowired HandoffPlans plans;
    @Autowired TimeoffManagement timeoff;

    @Test
    void theChildrensLibrarianHasAPlanAndYouthServicesATemplate() throws Exception {
        UUID orgId = loadSample();
        waitForTemplate(orgId);
        CurrentUser hannah = person("hannah.lee@maplevalley.example");
        CurrentUser olivia = person("olivia.nguyen@maplevalley.example");
        CurrentUser sofia = person("sofia.alvarez@maplevalley.example");

        assertThat(plans.templates(hannah)).extracting(HandoffTemplate::name, HandoffTemplate::departmentName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Children's desk", "Youth Services"));
        List<LeaveRequest> vacations = timeoff.mine(hannah).stream().filter(r -> r.type().equals("VACATION")).toList();
        HandoffPlan plan = vacations.stream().map(r -> plans.plan(hannah, r.id()))
                .filter(p -> !p.items().isEmpty()).findFirst().orElse(null);
        if (plan == null) {
            // another sample listener took her week first: the plan is left out, the week is still hers
            assertThat(timeoff.mine(hannah)).isNotEmpty();
            return;
        }
        assertThat(plan.items()).extracting(HandoffItem::kind).containsExactly(HandoffKind.DESK_SHIFT,
                HandoffKind.PROGRAM, HandoffKind.MEETING, HandoffKind.TASK);
        assertThat(plan.summary()).isEqualTo(new HandoffSummary(4, 3, 1, 0, 0));
        assertThat(plan.outOfOffice()).contains("Olivia");
        assertThat(plans.covering(olivia)).hasSize(2);
        String approvals = mvc.perform(get("/timeoff/approvals").with(Fixtures.as(sofia)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString();
        assertThat(approvals).contains("Handoff plan: 3 of 4 items covered, 1 waiting for an answer");
    }

    private CurrentUser person(String email) {
        UUID id = jdbc.sql("SELECT id FROM person WHERE email = ?").param(email).query(UUID.class).single();
        return directory.currentUser(id).orElseThrow();
    }

    private void waitForTemplate(UUID orgId) throws InterruptedException {
        // the plan and the template are added by an asynchronous listener, in one transaction, once the sample commits
        for (int attempt = 0; attempt < 300; attempt++) {
            if (jdbc.sql("SELECT COUNT(*) FROM timeoff_handoff_template WHERE org_id = ?").param(orgId)
                    .query(Integer.class).single() > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sample's handoff template did not arrive");
    }
}
