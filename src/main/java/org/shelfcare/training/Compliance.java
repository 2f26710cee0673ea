package org.shelfcare.training;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who has done the trainings they must take, among the people the viewer may see: a supervisor's
 * direct reports, or the whole library for admins and wellness leads; narrowed by the filters.
 *
 * @param people how many people are in scope after the branch and department filters
 * @param filters the filters that were applied
 * @param byItem completion per required training
 * @param byDepartment completion per required training and department
 * @param byBranch completion per required training and branch: people who also work at other
 *     branches count under each of their branches, so these rows can add up to more than byItem
 * @param overdue everyone matching the filters who is overdue or has never done a required training, by name
 * @param listed every person and required training matching the filters, status included, most urgent first
 * @param history the share of required trainings complete at the end of each of the last months (this
 *     month: today), worked out from completion dates with today's requirements and today's people;
 *     the status filter does not apply to it
 */
public record Compliance(boolean wholeLibrary, int people, ComplianceFilter filters, List<Rate> byItem,
        List<Rate> byDepartment, List<Rate> byBranch, List<Gap> overdue, List<Gap> listed, List<Month> history) {

    /** Of {@code required} people, {@code complete} have done it (done or due soon). */
    public record Rate(UUID itemId, String itemTitle, @Nullable String unit, int required, int complete) {

        public int percent() {
            return required == 0 ? 100 : (int) Math.floor(100.0 * complete / required);
        }
    }

    /**
     * A person and a training they must take, with where they stand: {@code expiredOn} when overdue,
     * {@code expiresOn} whenever the completion expires; {@code branch} is the home branch and
     * {@code otherBranches} the others they work at.
     */
    public record Gap(UUID personId, String personName, @Nullable String department, @Nullable String branch,
            List<String> otherBranches, UUID itemId, String itemTitle, TrainingStatus status,
            @Nullable LocalDate expiredOn, @Nullable LocalDate expiresOn) {}

    /**
     * On {@code asOf} (the month's last day, or today for this month), {@code complete} of
     * {@code required} person-trainings were complete; {@code percent} is null when nothing was required.
     */
    public record Month(YearMonth month, LocalDate asOf, int required, int complete) {

        public @Nullable Integer percent() {
            return required == 0 ? null : (int) Math.floor(100.0 * complete / required);
        }
    }
}
