package org.shelfcare.safety.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.shelfcare.safety.AlertDraft;

/**
 * The send form; it keeps what was typed. {@code formToken} makes a double click send one alert.
 * No branch ticked means the whole library.
 */
public class AlertForm {

    private String type = "";
    private String message = "";
    private boolean drill;
    private List<UUID> branchIds = new ArrayList<>();
    private String formToken = "";

    AlertDraft draft() {
        return new AlertDraft(type, message, drill, branchIds);
    }

    public String getType() { return type; }
    public void setType(String value) { type = value; }
    public String getMessage() { return message; }
    public void setMessage(String value) { message = value; }
    public boolean isDrill() { return drill; }
    public void setDrill(boolean value) { drill = value; }
    public List<UUID> getBranchIds() { return branchIds; }
    public void setBranchIds(List<UUID> value) { branchIds = value == null ? new ArrayList<>() : value; }
    public String getFormToken() { return formToken; }
    public void setFormToken(String value) { formToken = value; }
}
