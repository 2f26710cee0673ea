package org.shelfcare.listening.web;

import java.util.List;
import org.shelfcare.listening.Action;
import org.shelfcare.listening.ActionStatus;
import org.shelfcare.listening.LinkedQuestion;
import org.shelfcare.listening.Suggestion;

/** What a lead typed into the new-action or edit-action form, kept when it has errors. */
public record ActionForm(String title, String description, String ownerId, String status, String wontDoReason,
        List<String> suggestionIds, List<String> questionIds) {

    static final ActionForm EMPTY = new ActionForm("", "", "", ActionStatus.CONSIDERING.name(), "", List.of(),
            List.of());

    /** The action as it is, to start editing from. */
    static ActionForm of(Action action) {
        return new ActionForm(action.title(), action.description(),
                action.ownerId() == null ? "" : action.ownerId().toString(), action.status().name(),
                action.wontDoReason() == null ? "" : action.wontDoReason(),
                action.suggestions().stream().map(Suggestion::id).map(Object::toString).toList(),
                action.questions().stream().map(LinkedQuestion::id).map(Object::toString).toList());
    }

    public boolean picked(String id) {
        return suggestionIds.contains(id);
    }

    public boolean pickedQuestion(String id) {
        return questionIds.contains(id);
    }
}
