package org.shelfcare.safety;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The ordered checklist of one incident type: the library's own steps, or the shipped ones (in the
 * reader's language) until a safety lead or an admin changes them.
 *
 * @param custom the library wrote or changed it
 * @param source where the steps come from (a checklist, a guide), shown under them
 * @param retired the type is no longer offered for new reports
 */
public record Playbook(String typeCode, String typeLabel, boolean custom, boolean retired, @Nullable String source,
        List<Step> steps) {

    /** One step; its {@code id} stays the same when the step is edited or moved. */
    public record Step(String id, String text) {}
}
