package org.shelfcare.wellbeing.web;

import java.util.Arrays;
import org.shelfcare.wellbeing.JournalDraft;
import org.shelfcare.wellbeing.JournalEntry;

/** The journal entry form; it keeps what was typed when something needs fixing. Tags are typed separated by commas. */
public class JournalForm {

    private String title = "";
    private String body = "";
    private String tags = "";
    private String promptId = "";

    static JournalForm of(JournalEntry entry) {
        JournalForm form = new JournalForm();
        form.title = entry.title() == null ? "" : entry.title();
        form.body = entry.body() == null ? "" : entry.body();
        form.tags = String.join(", ", entry.tags());
        return form;
    }

    static JournalForm answering(String promptId) {
        JournalForm form = new JournalForm();
        form.promptId = promptId;
        return form;
    }

    JournalDraft draft() {
        return new JournalDraft(title, body, Arrays.asList(tags.split(",")), promptId.isBlank() ? null : promptId);
    }

    public String getTitle() { return title; }
    public void setTitle(String value) { title = value; }
    public String getBody() { return body; }
    public void setBody(String value) { body = value; }
    public String getTags() { return tags; }
    public void setTags(String value) { tags = value; }
    public String getPromptId() { return promptId; }
    public void setPromptId(String value) { promptId = value; }
}
