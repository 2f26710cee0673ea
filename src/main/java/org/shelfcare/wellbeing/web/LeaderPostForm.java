package org.shelfcare.wellbeing.web;

import org.shelfcare.wellbeing.LeaderAudience;
import org.shelfcare.wellbeing.LeaderPost;
import org.shelfcare.wellbeing.LeaderPostDraft;

/** The form of a leaders' corner post; it keeps what was typed. */
public class LeaderPostForm {

    private String title = "";
    private String body = "";
    private String audience = LeaderAudience.TEAM.name();

    static LeaderPostForm with(LeaderAudience audience) {
        LeaderPostForm form = new LeaderPostForm();
        form.audience = audience.name();
        return form;
    }

    static LeaderPostForm of(LeaderPost post) {
        LeaderPostForm form = with(post.audience());
        form.title = post.title() == null ? "" : post.title();
        form.body = post.body();
        return form;
    }

    LeaderPostDraft draft() {
        return new LeaderPostDraft(title, body, audience);
    }

    public boolean audienceIs(LeaderAudience value) {
        return value.name().equals(audience);
    }

    public String getTitle() { return title; }
    public void setTitle(String value) { title = value; }
    public String getBody() { return body; }
    public void setBody(String value) { body = value; }
    public String getAudience() { return audience; }
    public void setAudience(String value) { audience = value; }
}
