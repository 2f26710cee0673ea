package org.shelfcare.listening.web;

import java.util.List;
import org.shelfcare.listening.ActionStatus;

/** What a lead typed into the new-action form, kept when it has errors. */
public record ActionForm(String title, String description, String ownerId, String status, String wontDoReason,
        List<String> suggestionIds) {

    static final ActionForm EMPTY = new ActionForm("", "", "", ActionStatus.CONSIDERING.name(), "", List.of());

    public boolean picked(String id) {
        return suggestionIds.contains(id);
    }
}
