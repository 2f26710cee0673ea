package org.shelfcare.timeoff.web;

import java.util.ArrayList;
import java.util.List;
import org.shelfcare.timeoff.HandoffPlans;
import org.shelfcare.timeoff.HandoffTemplate;
import org.shelfcare.timeoff.HandoffTemplateDraft;

/** A department's handoff template: a name and a list of items; blank rows are left out. */
public class HandoffTemplateForm {

    /** Empty rows offered below the items, so that a template grows without JavaScript. */
    static final int SPARE_ROWS = 3;
    static final int MIN_ROWS = 6;

    private String name = "";
    private String departmentId = "";
    private List<Item> items = new ArrayList<>();

    static HandoffTemplateForm blank(String departmentId) {
        HandoffTemplateForm form = new HandoffTemplateForm();
        form.departmentId = departmentId;
        return form.padded();
    }

    static HandoffTemplateForm of(HandoffTemplate template) {
        HandoffTemplateForm form = new HandoffTemplateForm();
        form.name = template.name();
        form.departmentId = template.departmentId().toString();
        for (HandoffTemplate.Item item : template.items()) {
            Item row = new Item();
            row.setKind(item.kind().name());
            row.setDescription(item.description());
            form.items.add(row);
        }
        return form.padded();
    }

    /** The rows to show: what was typed, then a few empty ones. */
    HandoffTemplateForm padded() {
        int filled = 0;
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).getDescription().isBlank() || !items.get(i).getKind().isBlank()) {
                filled = i + 1;
            }
        }
        int rows = Math.min(HandoffPlans.MAX_TEMPLATE_ITEMS, Math.max(MIN_ROWS, filled + SPARE_ROWS));
        while (items.size() < rows) {
            items.add(new Item());
        }
        return this;
    }

    HandoffTemplateDraft draft() {
        return new HandoffTemplateDraft(name, departmentId,
                items.stream().map(i -> new HandoffTemplateDraft.Item(i.getKind(), i.getDescription())).toList());
    }

    public String getName() { return name; }
    public void setName(String value) { name = value; }
    public String getDepartmentId() { return departmentId; }
    public void setDepartmentId(String value) { departmentId = value; }
    public List<Item> getItems() { return items; }
    public void setItems(List<Item> value) { items = value; }

    /** One row of the template. */
    public static class Item {

        private String kind = "";
        private String description = "";

        public String getKind() { return kind; }
        public void setKind(String value) { kind = value == null ? "" : value; }
        public String getDescription() { return description; }
        public void setDescription(String value) { description = value == null ? "" : value; }
    }
}
