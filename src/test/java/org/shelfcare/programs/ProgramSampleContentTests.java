package org.shelfcare.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.support.IntegrationTest;
import org.shelfcare.support.SampleLibraryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sample library has a monthly pet therapy visit, a weekly poetry club for teens and a monthly
 * "Bring Your Own Cup" for staff; its public page shows the first two, never the staff gathering.
 */
@IntegrationTest
class ProgramSampleContentTests extends SampleLibraryTest {

    @Autowired DirectoryManagement directory;
    @Autowired ProgramsManagement programs;
    @Autowired PublicPrograms publicPrograms;
    @Autowired JdbcClient jdbc;

    @Test
    void theSampleHasPetTherapyATeenPoetryClubAndBringYourOwnCup() throws Exception {
        UUID orgId = loadSample();
        UUID directorId = jdbc.sql("SELECT id FROM person WHERE email = ?").param("margaret.chen@maplevalley.example")
                .query(UUID.class).single();
        CurrentUser director = directory.currentUser(directorId).orElseThrow();
        List<ProgramView> list = List.of();
        // the content is added by an asynchronous listener once the sample's transaction commits
        for (int attempt = 0; attempt < 300 && list.size() < 3; attempt++) {
            list = programs.programs(director);
            Thread.sleep(100);
        }
        assertThat(list).extracting(ProgramView::title)
                .contains("Pet therapy visit", "Poetry club for teens", "Bring Your Own Cup");
        ProgramView cup = list.stream().filter(p -> p.title().equals("Bring Your Own Cup")).findFirst().orElseThrow();
        assertThat(programs.sessions(director, cup.id())).hasSize(6).allSatisfy(s -> assertThat(s.dropIn()).isTrue());

        List<PublicSession> open = publicPrograms.sessions(directory.organization(orgId));
        assertThat(open).extracting(PublicSession::title).contains("Pet therapy visit", "Poetry club for teens")
                .doesNotContain("Bring Your Own Cup");
        assertThat(open).filteredOn(s -> s.title().equals("Poetry club for teens"))
                .allSatisfy(s -> assertThat(s.ageMin()).isEqualTo(13));
    }
}
