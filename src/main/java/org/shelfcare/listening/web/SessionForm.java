package org.shelfcare.listening.web;

import java.util.UUID;
import org.shelfcare.listening.SessionDraft;

/** The new-session form as typed; {@code audience} is LIBRARY or e.g. BRANCH:&lt;unit id&gt;. */
public class SessionForm {

    private String title = "";
    private String purpose = "";
    private String startsAt = "";
    private String endsAt = "";
    private String format = "IN_PERSON";
    private String location = "";
    private String audience = "LIBRARY";
    private String agenda = "";
    private boolean moderated;

    SessionDraft draft() {
        String kind = audience;
        UUID unit = null;
        int colon = audience.indexOf(':');
        if (colon > 0) {
            kind = audience.substring(0, colon);
            try {
                unit = UUID.fromString(audience.substring(colon + 1));
            } catch (IllegalArgumentException notAnId) {
                unit = null;
            }
        }
        return new SessionDraft(title, purpose, startsAt, endsAt, format, location, kind, unit, agenda, moderated);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? "" : title; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose == null ? "" : purpose; }
    public String getStartsAt() { return startsAt; }
    public void setStartsAt(String startsAt) { this.startsAt = startsAt == null ? "" : startsAt; }
    public String getEndsAt() { return endsAt; }
    public void setEndsAt(String endsAt) { this.endsAt = endsAt == null ? "" : endsAt; }
    public String getFormat() { return format; }
    public void setFormat(String format) { this.format = format == null ? "" : format; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location == null ? "" : location; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience == null ? "" : audience; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda == null ? "" : agenda; }
    public boolean isModerated() { return moderated; }
    public void setModerated(boolean moderated) { this.moderated = moderated; }
}
