package org.shelfcare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Properties that try to break the anonymity guard: random breakdowns (the same ones every run, from
 * a fixed seed), every small threshold and count, and an attacker who knows the rules, sees what
 * the guard shows, and tries every possible split of what it hides.
 */
class AnonymityGuardPropertyTests {

    /** A breakdown to attack: group counts, people in no group, and the library's k (possibly too low). */
    record Case(int k, Map<String, Integer> groups, int unassigned) {

        int total() {
            return groups.values().stream().mapToInt(Integer::intValue).sum() + unassigned;
        }

        Breakdown guarded() {
            return AnonymityGuard.breakdown(k, groups, total());
        }
    }

    /** Random breakdowns: k from -1 to 7, one to five groups of 0 to 12 people, 0 to 2 people in none. */
    private static void forRandomBreakdowns(int tries, Consumer<Case> property) {
        Random random = new Random(5_000_000_003L);
        for (int n = 0; n < tries; n++) {
            int k = random.nextInt(9) - 1;
            int groupCount = 1 + random.nextInt(5);
            Map<String, Integer> groups = new LinkedHashMap<>();
            for (int i = 0; i < groupCount; i++) {
                groups.put(String.valueOf((char) ('a' + (i * 3) % 5)) + i, random.nextInt(13));
            }
            property.accept(new Case(k, groups, random.nextInt(3)));
        }
    }

    @Test
    void neverShowsAGroupUnderK() {
        forRandomBreakdowns(2000, AnonymityGuardPropertyTests::neverShowsAGroupUnderK);
    }

    private static void neverShowsAGroupUnderK(Case c) {
        Breakdown shown = c.guarded();
        assertThat(shown.threshold()).isGreaterThanOrEqualTo(3);
        shown.shown().forEach((group, count) -> {
            assertThat(count).isGreaterThanOrEqualTo(shown.threshold());
            assertThat(count).as("a shown count is the true one").isEqualTo(c.groups().get(group));
        });
        assertThat(shown.groups()).extracting(Breakdown.Group::key).containsExactlyElementsOf(c.groups().keySet());
    }

    @Test
    void neverHidesExactlyOneGroupOfSeveral() {
        forRandomBreakdowns(2000, c -> {
            if (c.groups().size() > 1) {
                assertThat(c.guarded().hidden().size()).as("%s", c).isNotEqualTo(1);
            }
        });
    }

    @Test
    void showsATotalOnlyOfAtLeastKAndTrue() {
        forRandomBreakdowns(2000, c -> {
            Breakdown shown = c.guarded();
            if (shown.totalShown()) {
                assertThat(shown.total()).as("%s", c).isEqualTo(c.total()).isGreaterThanOrEqualTo(shown.threshold());
            }
            if (shown.hidden().size() == 1) {
                assertThat(shown.totalShown()).as("a lone hidden group is the total minus the rest: %s", c).isFalse();
            }
        });
    }

    /**
     * The attacker sees the shown groups, which groups are hidden and the total if shown, knows how
     * many people are in no group and how the guard works, and tries every split of the hidden
     * groups. For every hidden group under k, at least two sizes must remain possible.
     */
    @Test
    void anAttackerCannotPinDownTheSizeOfAHiddenSmallGroup() {
        forRandomBreakdowns(1500, AnonymityGuardPropertyTests::attack);
    }

    private static void attack(Case c) {
        Breakdown seen = c.guarded();
        List<String> hidden = seen.hidden();
        for (String target : hidden) {
            int actual = c.groups().get(target);
            if (actual >= seen.threshold()) {
                continue;
            }
            assertThat(anotherPossibleSize(c, seen, hidden, target, actual))
                    .as("the size %d of hidden group %s can be deduced from %s", actual, target, seen)
                    .isTrue();
        }
    }

    private static boolean anotherPossibleSize(Case c, Breakdown seen, List<String> hidden, String target, int actual) {
        int shownSum = seen.shown().values().stream().mapToInt(Integer::intValue).sum();
        Integer hiddenSum = seen.total() == null ? null : seen.total() - shownSum - c.unassigned();
        int bound = hiddenSum != null ? hiddenSum : 3 * seen.threshold() + 12;
        List<String> others = new ArrayList<>(hidden);
        others.remove(target);
        for (int size = 0; size <= bound; size++) {
            if (size == actual) {
                continue;
            }
            Map<String, Integer> candidate = new LinkedHashMap<>(c.groups());
            candidate.put(target, size);
            if (completes(c, seen, candidate, others, 0, hiddenSum == null ? null : hiddenSum - size, bound)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the remaining hidden groups can be filled so that the guard shows exactly what was seen. */
    private static boolean completes(Case c, Breakdown seen, Map<String, Integer> candidate, List<String> others,
            int index, Integer remaining, int bound) {
        if (remaining != null && remaining < 0) {
            return false;
        }
        if (index == others.size()) {
            if (remaining != null && remaining != 0) {
                return false;
            }
            int total = candidate.values().stream().mapToInt(Integer::intValue).sum() + c.unassigned();
            Breakdown alternative = AnonymityGuard.breakdown(c.k(), candidate, total);
            return alternative.groups().equals(seen.groups()) && Objects.equals(alternative.total(), seen.total());
        }
        String group = others.get(index);
        int max = remaining == null ? bound : remaining;
        for (int size = 0; size <= max; size++) {
            candidate.put(group, size);
            if (completes(c, seen, candidate, others, index + 1, remaining == null ? null : remaining - size, bound)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void kIsNeverBelowThree() {
        List<Integer> ks = new ArrayList<>(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE));
        for (int k = -50; k <= 50; k++) {
            ks.add(k);
        }
        for (int k : ks) {
            assertThat(AnonymityGuard.threshold(k)).as("k=%d", k).isGreaterThanOrEqualTo(3).isGreaterThanOrEqualTo(k);
            assertThat(AnonymityGuard.allowsAggregate(k, 2)).as("k=%d", k).isFalse();
            assertThat(AnonymityGuard.allowsAnonymousPosting(k, 2)).as("k=%d", k).isFalse();
        }
    }

    @Test
    void freeTextNeedsTenAndTwiceK_forEveryKAndCount() {
        for (int k = -5; k <= 40; k++) {
            for (int people = 0; people <= 100; people++) {
                boolean allowed = AnonymityGuard.allowsFreeText(k, people);
                assertThat(allowed).as("k=%d, people=%d", k, people)
                        .isEqualTo(people >= 10 && people >= 2 * AnonymityGuard.threshold(k));
                if (allowed) {
                    assertThat(AnonymityGuard.allowsAggregate(k, people)).as("k=%d, people=%d", k, people).isTrue();
                }
            }
        }
    }

    @Test
    void aFilterNeverLeavesASelectionOrRemainderUnderK_forEveryKAndCount() {
        for (int k = -2; k <= 9; k++) {
            int threshold = AnonymityGuard.threshold(k);
            for (int total = 0; total <= 60; total++) {
                for (int filtered = 0; filtered <= total; filtered++) {
                    if (AnonymityGuard.allowsFilter(k, total, filtered)) {
                        assertThat(filtered).as("k=%d, total=%d", k, total).isGreaterThanOrEqualTo(threshold);
                        int rest = total - filtered;
                        assertThat(rest == 0 || rest >= threshold).as("k=%d, total=%d, filtered=%d", k, total, filtered)
                                .isTrue();
                    }
                }
            }
        }
    }
}
