package org.shelfcare.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shelfcare.directory.OrganizationView;

/**
 * The anonymity rules for aggregates of anonymous, private or voluntary data (pulse answers,
 * anonymous feedback, leave of private types, care data, program feedback). Operational data a
 * viewer may already see person by person is not thresholded; check-ins and journals feed no
 * aggregate at all.
 *
 * <ul>
 * <li>An aggregate is shown only when at least k distinct people contributed (k per library,
 * default 5, never below 3); free text needs max(10, 2k).</li>
 * <li>A breakdown never shows a group under k, and hides the next-smallest group too when only
 * one was hidden; its total is withheld when, with the groups shown, it would pin down the size of
 * a hidden group.</li>
 * <li>A filter whose selection or remainder would fall under k is refused.</li>
 * <li>Anonymous posting to an audience (everyone who can see the item, its author included)
 * smaller than k is refused.</li>
 * </ul>
 *
 * Counts are always of distinct people, never of answers. Pure functions, no state.
 */
public final class AnonymityGuard {

    public static final int DEFAULT_THRESHOLD = 5;
    public static final int MINIMUM_THRESHOLD = 3;
    public static final int MINIMUM_FREE_TEXT = 10;

    /** Ties between equal groups are broken by key, so that the same data always hides the same groups. */
    private static final Comparator<Map.Entry<String, Integer>> SMALLEST_FIRST =
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey());

    private AnonymityGuard() {}

    /** The library's k, never below 3. */
    public static int threshold(OrganizationView organization) {
        return threshold(organization.anonymityThreshold());
    }

    /** {@code configured}, raised to 3 when lower. */
    public static int threshold(int configured) {
        return Math.max(MINIMUM_THRESHOLD, configured);
    }

    /** The number of distinct contributors free text needs: max(10, 2k). */
    public static int freeTextThreshold(int k) {
        return Math.max(MINIMUM_FREE_TEXT, 2 * threshold(k));
    }

    /** A count, average or chart may be shown for this many distinct contributors. */
    public static boolean allowsAggregate(int k, int distinctContributors) {
        return distinctContributors >= threshold(k);
    }

    /** Free-text answers may be shown for this many distinct contributors. */
    public static boolean allowsFreeText(int k, int distinctContributors) {
        return distinctContributors >= freeTextThreshold(k);
    }

    /**
     * A filter (a branch, a role) may be applied: both the people it selects and those it leaves
     * out are at least k, or it leaves nobody out.
     */
    public static boolean allowsFilter(int k, int totalCount, int filteredCount) {
        if (filteredCount < 0 || filteredCount > totalCount) {
            throw new IllegalArgumentException("a filter selects between 0 and " + totalCount + " people, not " + filteredCount);
        }
        int remainder = totalCount - filteredCount;
        return allowsAggregate(k, filteredCount) && (remainder == 0 || allowsAggregate(k, remainder));
    }

    /** Anonymous posting is allowed when everyone who can see the item, its author included, is at least k. */
    public static boolean allowsAnonymousPosting(int k, int audienceSize) {
        return audienceSize >= threshold(k);
    }

    /**
     * What of a breakdown may be shown.
     *
     * @param groups distinct contributors per group; the groups must not overlap
     * @param total distinct contributors overall: the groups' sum, plus anyone in no group
     */
    public static Breakdown breakdown(int k, Map<String, Integer> groups, int total) {
        int threshold = threshold(k);
        int sum = 0;
        for (Map.Entry<String, Integer> group : groups.entrySet()) {
            if (group.getValue() < 0) {
                throw new IllegalArgumentException("negative count for " + group.getKey());
            }
            sum += group.getValue();
        }
        if (total < sum) {
            throw new IllegalArgumentException("the total " + total + " is below the sum of the groups " + sum
                    + "; the groups must not overlap");
        }
        Set<String> hidden = hide(threshold, groups);
        List<Breakdown.Group> shown = new ArrayList<>();
        groups.forEach((key, count) -> shown.add(new Breakdown.Group(key, hidden.contains(key) ? null : count)));
        boolean showTotal = allowsAggregate(threshold, total) && !pinsDownAHiddenGroup(threshold, groups, hidden);
        return new Breakdown(threshold, shown, showTotal ? total : null);
    }

    /** The groups under k and, when that is only one of several, the next-smallest group. */
    static Set<String> hide(int k, Map<String, Integer> groups) {
        Set<String> hidden = new HashSet<>();
        groups.forEach((key, count) -> {
            if (count < k) {
                hidden.add(key);
            }
        });
        if (hidden.size() == 1) {
            groups.entrySet().stream().filter(g -> !hidden.contains(g.getKey())).min(SMALLEST_FIRST)
                    .ifPresent(next -> hidden.add(next.getKey()));
        }
        return hidden;
    }

    /**
     * Whether the total would reveal a hidden group. Someone who sees the shown groups, which groups
     * are hidden and the total (and who knows these rules and how many people are in no group)
     * knows the hidden groups' sum; every split of it that these rules hide the same way is
     * possible to them. When only one split remains, the total is withheld. It is also withheld
     * when the hidden groups hold at most one person together: the empty case is always pinned
     * down, so without this cover a withheld total would itself say that the hidden groups are empty.
     */
    private static boolean pinsDownAHiddenGroup(int k, Map<String, Integer> groups, Set<String> hidden) {
        int hiddenSum = groups.entrySet().stream().filter(g -> hidden.contains(g.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        int h = hidden.size();
        if (h == 0) {
            return false;
        }
        if (h == 1 || hiddenSum <= 1) {
            return true;
        }
        if (h >= 3) {
            // only splits with every hidden group under k are hidden the same way; all at k - 1 is the one pinned case
            return hiddenSum == h * (k - 1);
        }
        List<String> pair = hidden.stream().sorted().toList();
        Map<String, Integer> candidate = new LinkedHashMap<>(groups);
        Set<Integer> possibleFirst = new HashSet<>();
        for (int first = 0; first <= hiddenSum && possibleFirst.size() < 2; first++) {
            candidate.put(pair.get(0), first);
            candidate.put(pair.get(1), hiddenSum - first);
            if (hide(k, candidate).equals(hidden)) {
                possibleFirst.add(first);
            }
        }
        return possibleFirst.size() < 2;
    }

    /** Counts per group from each contributor's group, for callers that hold people rather than counts. */
    public static <P> Map<String, Integer> countDistinct(Map<String, ? extends java.util.Collection<P>> people) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        people.forEach((key, members) -> counts.put(key, new HashSet<>(members).size()));
        return counts;
    }

}
