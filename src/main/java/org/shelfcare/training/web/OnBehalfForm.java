package org.shelfcare.training.web;

import java.util.List;
import java.util.UUID;
import org.shelfcare.training.TrainingRecords;

/** The "Record for others" form, kept as typed. */
public record OnBehalfForm(String itemId, String completedOn, String note, List<String> personIds, String branchId,
        String departmentId) {

    public OnBehalfForm {
        personIds = List.copyOf(personIds);
    }

    TrainingRecords.Selection selection() {
        return new TrainingRecords.Selection(itemId, completedOn, note, personIds, branchId, departmentId);
    }

    public boolean chosen(UUID person) {
        return personIds.contains(person.toString());
    }
}
