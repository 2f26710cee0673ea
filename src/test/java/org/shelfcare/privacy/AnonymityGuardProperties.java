package org.shelfcare.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties that try to break the anonymity guard: random breakdowns, and an attacker who knows
 * the rules, sees what the guard shows, and tries every possible split of what it hides.
 */
class AnonymityGuardProperties {

    /** A breakdown to attack: group counts, people in no group, and the library's k (possibly too low). */
    record Case(int k, Map<String, Integer> groups, int unassigned) {

        int total() {
            return groups.values().stream().mapToInt(Integer::intValue).sum() + unassigned;
        }

        Breakdown guarded() {
            return AnonymityGuard.breakdown(k, groups, total());
        }
    }

    @Provide
    Arbitrary<Case> breakdowns() {
        Arbitrary<Integer> k = Arbitraries.integers().between(-1, 7);
        Arbitrary<Map<String, Integer>> groups = Arbitraries.integers().between(1, 5).flatMap(n ->
                Arbitraries.integers().between(0, 12).list().ofSize(n).map(counts -> {
                    Map<String, Integer> map = new LinkedHashMap<>();
                    for (int i = 0; i < counts.size(); i++) {
                        map.put(String.valueOf((char) ('a' + (i * 3) % 5)) + i, counts.get(i));
                    }
                    return map;
                }));
        Arbitrary<Integer> unassigned = Arbitraries.integers().between(0, 2);
        return Combinators.combine(k, groups, unassigned).as(Case::new);
    }

    @Property(tries = 2000)
    void neverShowsAGroupUnderK(@ForAll("breakdowns") Case c) {
        Breakdown shown = c.guarded();
        assertThat(shown.threshold()).isGreaterThanOrEqualTo(3);
        shown.shown().forEach((group, count) -> {
            assertThat(count).isGreaterThanOrEqualTo(shown.threshold());
            assertThat(count).as("a shown count is the true one").isEqualTo(c.groups().get(group));
        });
        assertThat(shown.groups()).extracting(Breakdown.Group::key).containsExactlyElementsOf(c.groups().keySet());
    }

    @Property(tries = 2000)
    void neverHidesExactlyOneGroupOfSeveral(@ForAll("breakdowns") Case c) {
        Breakdown shown = c.guarded();
        if (c.groups().size() > 1) {
            assertThat(shown.hidden().size()).isNotEqualTo(1);
        }
    }

    @Property(tries = 2000)
    void showsATotalOnlyOfAtLeastKAndTrue(@ForAll("breakdowns") Case c) {
        Breakdown shown = c.guarded();
        if (shown.totalShown()) {
            assertThat(shown.total()).isEqualTo(c.total()).isGreaterThanOrEqualTo(shown.threshold());
        }
        if (shown.hidden().size() == 1) {
            assertThat(shown.totalShown()).as("a lone hidden group is the total minus the rest").isFalse();
        }
    }

    /**
     * The attacker sees the shown groups, which groups are hidden and the total if shown, knows how
     * many people are in no group and how the guard works, and tries every split of the hidden
     * groups. For every hidden group under k, at least two sizes must remain possible.
     */
    @Property(tries = 1500)
    void anAttackerCannotPinDownTheSizeOfAHiddenSmallGroup(@ForAll("breakdowns") Case c) {
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

    @Property
    void kIsNeverBelowThree(@ForAll int k) {
        assertThat(AnonymityGuard.threshold(k)).isGreaterThanOrEqualTo(3).isGreaterThanOrEqualTo(k);
        assertThat(AnonymityGuard.allowsAggregate(k, 2)).isFalse();
        assertThat(AnonymityGuard.allowsAnonymousPosting(k, 2)).isFalse();
    }

    @Property
    void freeTextNeedsTenAndTwiceK(@ForAll @IntRange(min = -5, max = 40) int k, @ForAll @IntRange(max = 100) int people) {
        boolean allowed = AnonymityGuard.allowsFreeText(k, people);
        assertThat(allowed).isEqualTo(people >= 10 && people >= 2 * AnonymityGuard.threshold(k));
        if (allowed) {
            assertThat(AnonymityGuard.allowsAggregate(k, people)).isTrue();
        }
    }

    @Property
    void aFilterNeverLeavesASelectionOrRemainderUnderK(@ForAll @IntRange(min = -2, max = 9) int k,
            @ForAll @IntRange(max = 60) int total, @ForAll @IntRange(max = 60) int filtered) {
        if (filtered > total) {
            return;
        }
        if (AnonymityGuard.allowsFilter(k, total, filtered)) {
            int threshold = AnonymityGuard.threshold(k);
            assertThat(filtered).isGreaterThanOrEqualTo(threshold);
            assertThat(total - filtered).satisfiesAnyOf(r -> assertThat(r).isZero(),
                    r -> assertThat(r).isGreaterThanOrEqualTo(threshold));
        }
    }
}
