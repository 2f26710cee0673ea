package org.shelfcare.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate broken down into groups (by branch, department, role, tenure band, period) as it
 * may be shown: groups in their given order, each with its count or hidden, and the total or not.
 * Every hidden group is marked the same way ("hidden to protect anonymity"), whether it was under
 * the threshold or hidden alongside one that was, so that the marker itself reveals nothing.
 *
 * @param threshold the k that was applied
 * @param total the number of distinct contributors, or null when showing it would reveal a hidden group
 */
public record Breakdown(int threshold, List<Group> groups, @Nullable Integer total) {

    public Breakdown {
        groups = List.copyOf(groups);
    }

    /** A group and its count, or a null count when the group is hidden. */
    public record Group(String key, @Nullable Integer count) {

        public boolean hidden() {
            return count == null;
        }
    }

    /** The groups that may be shown, with their counts, in order. */
    public Map<String, Integer> shown() {
        Map<String, Integer> shown = new LinkedHashMap<>();
        groups.stream().filter(g -> g.count() != null).forEach(g -> shown.put(g.key(), g.count()));
        return shown;
    }

    /** The hidden groups' keys, in order. */
    public List<String> hidden() {
        return groups.stream().filter(Group::hidden).map(Group::key).toList();
    }

    public boolean totalShown() {
        return total != null;
    }
}
