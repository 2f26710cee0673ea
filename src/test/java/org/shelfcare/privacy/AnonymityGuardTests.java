package org.shelfcare.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The anonymity rules on examples a library would recognize. */
class AnonymityGuardTests {

    @Test
    void kIsFiveByDefaultAndNeverBelowThree() {
        assertThat(AnonymityGuard.DEFAULT_THRESHOLD).isEqualTo(5);
        assertThat(AnonymityGuard.threshold(1)).isEqualTo(3);
        assertThat(AnonymityGuard.threshold(-4)).isEqualTo(3);
        assertThat(AnonymityGuard.threshold(5)).isEqualTo(5);
        assertThat(AnonymityGuard.threshold(8)).isEqualTo(8);
    }

    @Test
    void anAggregateNeedsKPeople() {
        assertThat(AnonymityGuard.allowsAggregate(5, 4)).isFalse();
        assertThat(AnonymityGuard.allowsAggregate(5, 5)).isTrue();
        assertThat(AnonymityGuard.allowsAggregate(2, 2)).as("k = 2 is raised to 3").isFalse();
        assertThat(AnonymityGuard.allowsAggregate(2, 3)).isTrue();
    }

    @Test
    void freeTextNeedsTheLargerOfTenAndTwiceK() {
        assertThat(AnonymityGuard.freeTextThreshold(5)).isEqualTo(10);
        assertThat(AnonymityGuard.freeTextThreshold(3)).isEqualTo(10);
        assertThat(AnonymityGuard.freeTextThreshold(7)).isEqualTo(14);
        assertThat(AnonymityGuard.allowsFreeText(5, 9)).isFalse();
        assertThat(AnonymityGuard.allowsFreeText(7, 13)).isFalse();
        assertThat(AnonymityGuard.allowsFreeText(7, 14)).isTrue();
    }

    @Test
    void aFilterWhoseRemainderWouldFallUnderKIsRefused() {
        // 12 answered; "Central Library only" selects 9 and leaves 3: the 3 could be worked out
        assertThat(AnonymityGuard.allowsFilter(5, 12, 9)).isFalse();
        assertThat(AnonymityGuard.allowsFilter(5, 12, 4)).isFalse();
        assertThat(AnonymityGuard.allowsFilter(5, 12, 6)).isTrue();
        assertThat(AnonymityGuard.allowsFilter(5, 12, 12)).as("leaving nobody out reveals nothing").isTrue();
        assertThatThrownBy(() -> AnonymityGuard.allowsFilter(5, 12, 13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anonymousPostingNeedsAnAudienceOfK() {
        assertThat(AnonymityGuard.allowsAnonymousPosting(5, 4)).isFalse();
        assertThat(AnonymityGuard.allowsAnonymousPosting(5, 5)).isTrue();
        assertThat(AnonymityGuard.allowsAnonymousPosting(1, 2)).isFalse();
    }

    @Test
    void aSmallBranchIsHiddenWithTheNextSmallestAndTheTotalStays() {
        Breakdown breakdown = AnonymityGuard.breakdown(5, groups("Central Library", 20, "North Branch", 12, "East Branch", 2), 34);

        assertThat(breakdown.shown()).containsExactly(Map.entry("Central Library", 20));
        assertThat(breakdown.hidden()).containsExactly("North Branch", "East Branch");
        assertThat(breakdown.total()).isEqualTo(34);
    }

    @Test
    void twoSmallGroupsNeedNoThird() {
        Breakdown breakdown = AnonymityGuard.breakdown(5,
                groups("Circulation", 9, "Facilities", 2, "Youth Services", 11, "Technical Services", 3), 25);
        assertThat(breakdown.hidden()).containsExactly("Facilities", "Technical Services");
        assertThat(breakdown.shown()).containsOnlyKeys("Circulation", "Youth Services");
        assertThat(breakdown.totalShown()).isTrue();
    }

    @Test
    void theTotalIsWithheldWhenItWouldPinDownAHiddenGroup() {
        // hidden: "z" (4) and the next-smallest "b" (5, a tie with "c" broken by name); the total
        // 14 leaves 9 for the two, and the only split hidden this way is 4 + 5
        Breakdown breakdown = AnonymityGuard.breakdown(5, groups("z", 4, "b", 5, "c", 5), 14);
        assertThat(breakdown.hidden()).containsExactly("z", "b");
        assertThat(breakdown.totalShown()).isFalse();
    }

    @Test
    void theTotalIsWithheldWhenTheHiddenGroupsAreEmptyOrAllAtKMinusOne() {
        assertThat(AnonymityGuard.breakdown(5, groups("a", 0, "b", 0, "c", 0, "d", 20), 20).totalShown()).isFalse();
        assertThat(AnonymityGuard.breakdown(5, groups("a", 4, "b", 4, "c", 4, "d", 20), 32).totalShown()).isFalse();
        assertThat(AnonymityGuard.breakdown(5, groups("a", 3, "b", 4, "c", 4, "d", 20), 31).totalShown()).isTrue();
    }

    @Test
    void aLoneSmallGroupShowsNothing() {
        Breakdown breakdown = AnonymityGuard.breakdown(5, groups("Only branch", 3), 3);
        assertThat(breakdown.hidden()).containsExactly("Only branch");
        assertThat(breakdown.totalShown()).isFalse();
    }

    @Test
    void aTotalUnderKIsNeverShown() {
        Breakdown breakdown = AnonymityGuard.breakdown(3, groups("a", 1, "b", 1), 2);
        assertThat(breakdown.shown()).isEmpty();
        assertThat(breakdown.totalShown()).isFalse();
    }

    @Test
    void overlappingGroupsAreRefused() {
        assertThatThrownBy(() -> AnonymityGuard.breakdown(5, groups("a", 6, "b", 6), 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    }

    @Test
    void countsDistinctPeopleNotAnswers() {
        UUID ana = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        Map<String, List<UUID>> answers = new LinkedHashMap<>();
        answers.put("Circulation", List.of(ana, ana, ana, ben));
        assertThat(AnonymityGuard.countDistinct(answers)).containsEntry("Circulation", 2);
        assertThat(AnonymityGuard.countDistinct(Map.of("x", Set.of(ana)))).containsEntry("x", 1);
    }

    private static Map<String, Integer> groups(Object... pairs) {
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            groups.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return groups;
    }
}
