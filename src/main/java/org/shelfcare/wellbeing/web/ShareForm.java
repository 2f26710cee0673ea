package org.shelfcare.wellbeing.web;

import java.util.UUID;
import org.shelfcare.wellbeing.ShareRequest;

/**
 * The share form: {@code where} is a wall choice's value ({@code LIBRARY}, {@code BRANCH:<id>},
 * {@code DEPARTMENT:<id>}); it keeps what was chosen.
 */
public class ShareForm {

    private String where = "LIBRARY";
    private boolean anonymous;

    ShareRequest request() {
        int colon = where.indexOf(':');
        if (colon < 0) {
            return new ShareRequest(where, null, anonymous);
        }
        UUID unit;
        try {
            unit = UUID.fromString(where.substring(colon + 1));
        } catch (IllegalArgumentException notAnId) {
            return new ShareRequest(null, null, anonymous);
        }
        return new ShareRequest(where.substring(0, colon), unit, anonymous);
    }

    public String getWhere() { return where; }
    public void setWhere(String value) { where = value == null ? "" : value; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean value) { anonymous = value; }
}
