package org.shelfcare.training;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who has done the trainings they must take, among the people the viewer may see: a supervisor's
 * direct reports, or the whole library for admins and wellness leads.
 *
 * @param people how many people are in scope
 * @param byItem completion per required training
 * @param byDepartment completion per required training and department
 * @param byBranch completion per required training and branch
 * @param overdue everyone in scope who is overdue or has never done a required training, by name
 */
public record Compliance(boolean wholeLibrary, int people, List<Rate> byItem, List<Rate> byDepartment,
        List<Rate> byBranch, List<Gap> overdue) {

    /** Of {@code required} people, {@code complete} have done it (done or due soon). */
    public record Rate(UUID itemId, String itemTitle, @Nullable String unit, int required, int complete) {

        public int percent() {
            return required == 0 ? 100 : (int) Math.floor(100.0 * complete / required);
        }
    }

    /** A person who is overdue (expired on {@code expiredOn}) or has never done a required training. */
    public record Gap(UUID personId, String personName, @Nullable String department, @Nullable String branch,
            UUID itemId, String itemTitle, TrainingStatus status, @Nullable LocalDate expiredOn) {}
}
