package org.shelfcare.programs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.programs.ProgramAudience;
import org.shelfcare.programs.ProgramCategory;
import org.shelfcare.programs.ProgramDraft;
import org.shelfcare.web.InvalidInput;

/** What a manager typed into the program form, kept as typed when it has errors. */
public record ProgramForm(String title, String description, String category, String audience, String facilitatorId,
        String facilitatorName, String branchId, String room, String onlineUrl, String accessibility, String ageMin,
        String ageMax) {

    static final ProgramForm EMPTY = new ProgramForm("", "", "", "", "", "", "", "", "", "", "", "");

    public ProgramForm {
        title = text(title);
        description = text(description);
        category = text(category);
        audience = text(audience);
        facilitatorId = text(facilitatorId);
        facilitatorName = text(facilitatorName);
        branchId = text(branchId);
        room = text(room);
        onlineUrl = text(onlineUrl);
        accessibility = text(accessibility);
        ageMin = text(ageMin);
        ageMax = text(ageMax);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    static ProgramForm of(ProgramDraft d) {
        return new ProgramForm(text(d.title()), text(d.description()), d.category() == null ? "" : d.category().name(),
                d.audience() == null ? "" : d.audience().name(), d.facilitatorId() == null ? "" : d.facilitatorId().toString(),
                text(d.facilitatorName()), d.branchId() == null ? "" : d.branchId().toString(), text(d.room()),
                text(d.onlineUrl()), text(d.accessibility()), d.ageMin() == null ? "" : d.ageMin().toString(),
                d.ageMax() == null ? "" : d.ageMax().toString());
    }

    ProgramDraft draft(boolean draft) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        ProgramCategory c = Codes.parse(ProgramCategory.class, category);
        ProgramAudience a = Codes.parse(ProgramAudience.class, audience);
        if (c == null && !category.isBlank()) {
            errors.add(new InvalidInput.FieldError("category", "programs.category.required", new Object[0]));
        }
        if (a == null && !audience.isBlank()) {
            errors.add(new InvalidInput.FieldError("audience", "programs.audience.required", new Object[0]));
        }
        Integer min = Codes.number(errors, "ageMin", ageMin);
        Integer max = Codes.number(errors, "ageMax", ageMax);
        UUID facilitator = Codes.id(facilitatorId);
        UUID branch = Codes.id(branchId);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new ProgramDraft(title, description, c, a, draft, facilitator, facilitatorName, branch, room, onlineUrl,
                accessibility, min, max);
    }
}
