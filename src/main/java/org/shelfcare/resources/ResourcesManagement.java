package org.shelfcare.resources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.shelfcare.directory.AdminAction;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support resources for the rest of ShelfCare. Reading them is open to everyone and leaves no
 * trace (no audit entry, no log line, no notification), so that nobody at a library can tell who
 * looked for help. Changing a library's own entries, and hiding instance defaults, is for its
 * admins and wellness leads, and is recorded as an admin action.
 */
@Service
@Transactional
public class ResourcesManagement {

    /** Help page order: kind of support, then the order the library chose, then name. */
    static final Comparator<SupportResource> ORDER = Comparator.comparing(SupportResource::category)
            .thenComparingInt(SupportResource::sortOrder)
            .thenComparing(SupportResource::name, String.CASE_INSENSITIVE_ORDER);

    private final Resources resources;
    private final ApplicationEventPublisher events;

    ResourcesManagement(Resources resources, ApplicationEventPublisher events) {
        this.resources = resources;
        this.events = events;
    }

    // ---- reading: what a person sees on "Get help now" ------------------------------------------

    /** The instance-wide defaults in {@code locale}: what a visitor who is not signed in sees. */
    @Transactional(readOnly = true)
    public List<SupportResource> instanceDefaults(Locale locale) {
        return sorted(inLanguage(resources.defaults(), locale));
    }

    /**
     * Everything a library's people see, in {@code locale}: the instance defaults it has not hidden
     * and its own entries. Other modules (safety, after an incident) show this list.
     */
    @Transactional(readOnly = true)
    public List<SupportResource> forOrganization(UUID orgId, Locale locale) {
        Set<String> hidden = resources.hiddenDefaults(orgId);
        List<SupportResource> list = new ArrayList<>();
        for (SupportResource resource : inLanguage(resources.defaults(), locale)) {
            if (!hidden.contains(resource.defaultKey())) {
                list.add(resource);
            }
        }
        String language = locale.getLanguage();
        for (SupportResource resource : resources.ofOrganization(orgId)) {
            if (resource.locale() == null || resource.locale().equals(language)) {
                list.add(resource);
            }
        }
        return sorted(list);
    }

    /** What {@code person} sees, in their language. */
    @Transactional(readOnly = true)
    public List<SupportResource> forPerson(CurrentUser person) {
        return forOrganization(person.organizationId(), person.locale());
    }

    // ---- managing: admins and wellness leads -----------------------------------------------------

    /** Admins and wellness leads keep their library's list. */
    public boolean canManage(CurrentUser person) {
        return person.has(Role.ADMIN) || person.has(Role.WELLNESS_LEAD);
    }

    /** The library's own entries, in every language. */
    @Transactional(readOnly = true)
    public List<SupportResource> libraryEntries(CurrentUser manager) {
        requireManager(manager);
        return sorted(resources.ofOrganization(manager.organizationId()));
    }

    /** Every instance default in {@code locale}, and whether the manager's library hides it. */
    @Transactional(readOnly = true)
    public List<InstanceDefault> instanceDefaults(CurrentUser manager, Locale locale) {
        requireManager(manager);
        Set<String> hidden = resources.hiddenDefaults(manager.organizationId());
        return instanceDefaults(locale).stream()
                .map(resource -> new InstanceDefault(resource, hidden.contains(resource.defaultKey()))).toList();
    }

    /** One of the library's own entries, for editing. */
    @Transactional(readOnly = true)
    public SupportResource libraryEntry(CurrentUser manager, UUID id) {
        return editable(manager, id);
    }

    /** Adds an entry to the manager's library; answers its id. */
    public UUID add(CurrentUser manager, ResourceDraft draft) {
        requireManager(manager);
        ResourceRules.Entry entry = ResourceRules.check(draft);
        UUID id = resources.insert(manager.organizationId(), entry);
        record(manager, "RESOURCE_ADDED", id, entry.name());
        return id;
    }

    public SupportResource change(CurrentUser manager, UUID id, ResourceDraft draft) {
        editable(manager, id);
        ResourceRules.Entry entry = ResourceRules.check(draft);
        if (!resources.update(manager.organizationId(), id, entry)) {
            throw Problems.notFound();
        }
        record(manager, "RESOURCE_CHANGED", id, entry.name());
        return resources.visibleTo(manager.organizationId(), id).orElseThrow(Problems::notFound);
    }

    public void delete(CurrentUser manager, UUID id) {
        SupportResource entry = editable(manager, id);
        if (!resources.delete(manager.organizationId(), id)) {
            throw Problems.notFound();
        }
        record(manager, "RESOURCE_DELETED", id, entry.name());
    }

    /**
     * Hides or shows an instance default, in every language, for the manager's library only.
     * {@code id} is any language version of the default.
     */
    public void setDefaultHidden(CurrentUser manager, UUID id, boolean hidden) {
        SupportResource resource = resources.visibleTo(manager.organizationId(), id).orElseThrow(Problems::notFound);
        requireManager(manager);
        String key = resource.defaultKey();
        if (key == null) {
            throw Problems.conflict("resources.onlyDefaultsHide");
        }
        if (hidden) {
            resources.hide(manager.organizationId(), key);
        } else {
            resources.show(manager.organizationId(), key);
        }
        record(manager, hidden ? "RESOURCE_DEFAULT_HIDDEN" : "RESOURCE_DEFAULT_SHOWN", id, resource.name());
    }

    private SupportResource editable(CurrentUser manager, UUID id) {
        SupportResource resource = resources.visibleTo(manager.organizationId(), id).orElseThrow(Problems::notFound);
        requireManager(manager);
        if (resource.instanceDefault()) {
            throw Problems.of(HttpStatus.FORBIDDEN, "resources.defaultReadOnly");
        }
        return resource;
    }

    private void requireManager(CurrentUser person) {
        person.requireAny(Role.ADMIN, Role.WELLNESS_LEAD);
    }

    private void record(CurrentUser manager, String action, UUID id, String name) {
        events.publishEvent(new AdminAction(manager.organizationId(), manager.personId(), action, id, name));
    }

    /** One version of each instance default: the reader's language, else English. */
    private static List<SupportResource> inLanguage(List<SupportResource> defaults, Locale locale) {
        String language = locale.getLanguage();
        Map<String, SupportResource> chosen = new LinkedHashMap<>();
        for (SupportResource resource : defaults) {
            String key = Objects.requireNonNull(resource.defaultKey());
            SupportResource current = chosen.get(key);
            if (current == null || rank(resource, language) < rank(current, language)) {
                chosen.put(key, resource);
            }
        }
        return new ArrayList<>(chosen.values());
    }

    private static int rank(SupportResource resource, String language) {
        if (language.equals(resource.locale())) {
            return 0;
        }
        return resource.locale() == null ? 1 : "en".equals(resource.locale()) ? 2 : 3;
    }

    private static List<SupportResource> sorted(List<SupportResource> list) {
        return list.stream().sorted(ORDER).toList();
    }
}
