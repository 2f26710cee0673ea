package org.shelfcare.resources.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.shelfcare.resources.ResourceCategory;
import org.shelfcare.resources.SupportResource;

/**
 * The help page, in the order a person in trouble needs it: the EAP, then crisis lines, then the
 * library's local contacts by kind.
 *
 * @param signedIn false for a visitor, who sees only the instance-wide lines
 * @param canManage true for the admins and wellness leads who keep the library's list
 */
public record HelpView(List<SupportResource> eap, List<SupportResource> crisis, List<Section> local,
        boolean signedIn, boolean canManage) {

    /** The library's contacts of one kind (counseling, HR, union, other). */
    public record Section(ResourceCategory category, List<SupportResource> items) {}

    static HelpView of(List<SupportResource> resources, boolean signedIn, boolean canManage) {
        Map<ResourceCategory, List<SupportResource>> byCategory = new EnumMap<>(ResourceCategory.class);
        for (SupportResource resource : resources) {
            byCategory.computeIfAbsent(resource.category(), c -> new ArrayList<>()).add(resource);
        }
        List<Section> local = new ArrayList<>();
        for (ResourceCategory category : List.of(ResourceCategory.COUNSELING, ResourceCategory.HR,
                ResourceCategory.UNION, ResourceCategory.OTHER)) {
            List<SupportResource> items = byCategory.get(category);
            if (items != null) {
                local.add(new Section(category, items));
            }
        }
        return new HelpView(byCategory.getOrDefault(ResourceCategory.EAP, List.of()),
                byCategory.getOrDefault(ResourceCategory.CRISIS, List.of()), local, signedIn, canManage);
    }
}
