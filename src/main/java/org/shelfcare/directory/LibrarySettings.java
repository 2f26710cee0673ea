package org.shelfcare.directory;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A library's settings, changed by its admins: its name (and so its public address), branches and
 * departments, its own names for shared terms, the modules it uses, its anonymity threshold, time
 * zone and default language. Every change is published as an {@link AdminAction} for the audit log.
 */
@Service
@Transactional
public class LibrarySettings {

    /** Terms a library can rename; messages refer to them as {@code {{wellnessCommittee}}}. */
    public static final List<String> TERMS = List.of("wellnessCommittee", "libraryJoy");
    /** Languages ShelfCare speaks. */
    public static final List<String> LANGUAGES = List.of("en", "es");
    /** Fewer contributors than this could let an aggregate point at a person (DESIGN: never below 3). */
    public static final int MIN_THRESHOLD = 3;
    public static final int MAX_THRESHOLD = 100;
    public static final int DEFAULT_THRESHOLD = 5;

    private final Organizations organizations;
    private final SwitchableModules modules;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    LibrarySettings(Organizations organizations, SwitchableModules modules, ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.organizations = organizations;
        this.modules = modules;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** Branches or departments: the two kinds of unit a library is divided into. */
    public enum UnitKind {
        BRANCH("branch"), DEPARTMENT("department");

        private final String table;

        UnitKind(String table) {
            this.table = table;
        }

        String code() {
            return name();
        }
    }

    /** A library's settings as its admins see them. */
    public record View(UUID organizationId, String name, String slug, boolean sample, String timeZone,
            String defaultLocale, int anonymityThreshold, Map<String, Map<String, String>> terms,
            List<ModuleSwitch> modules, List<Unit> branches, List<Unit> departments) {}

    /** A module the library may switch off, and whether it is on. */
    public record ModuleSwitch(String code, boolean enabled) {}

    /**
     * What to change; null leaves a setting as it is. A blank term goes back to ShelfCare's default.
     *
     * @param terms by language code, then term key
     * @param modules by module code: true for on
     */
    public record Change(@Nullable String name, @Nullable String timeZone, @Nullable String defaultLocale,
            @Nullable Integer anonymityThreshold, @Nullable Map<String, Map<String, @Nullable String>> terms,
            @Nullable Map<String, Boolean> modules) {}

    @Transactional(readOnly = true)
    public View settings(CurrentUser admin) {
        admin.require(Role.ADMIN);
        return view(admin.organizationId());
    }

    /** The switchable modules that exist in this build. */
    public List<String> switchableModules() {
        return modules.present();
    }

    private View view(UUID orgId) {
        OrganizationView org = organizations.find(orgId).orElseThrow(Problems::notFound);
        Set<String> off = organizations.disabledModules(orgId);
        List<ModuleSwitch> switches = modules.present().stream().map(code -> new ModuleSwitch(code, !off.contains(code)))
                .toList();
        return new View(org.id(), org.name(), org.slug(), org.sample(), org.zone().getId(),
                org.defaultLocale().getLanguage(), org.anonymityThreshold(), termsByLanguage(orgId), switches,
                organizations.branches(orgId), organizations.departments(orgId));
    }

    private Map<String, Map<String, String>> termsByLanguage(UUID orgId) {
        Map<String, Map<String, String>> terms = new java.util.TreeMap<>();
        for (String language : LANGUAGES) {
            terms.put(language, new java.util.TreeMap<>(organizations.terms(orgId, Locale.forLanguageTag(language))));
        }
        return terms;
    }

    /** Applies every change or, when one is invalid, none (400 with each field's problem). */
    public View update(CurrentUser admin, Change change) {
        admin.require(Role.ADMIN);
        UUID orgId = admin.organizationId();
        OrganizationView org = organizations.find(orgId).orElseThrow(Problems::notFound);
        validate(change);
        String name = Validation.clean(change.name());
        if (name != null && !name.equals(org.name())) {
            rename(org, name);
            publish(admin, "LIBRARY_RENAMED", orgId, org.name() + " -> " + name);
        }
        List<String> changed = new ArrayList<>();
        if (change.timeZone() != null && !change.timeZone().equals(org.zone().getId())) {
            jdbc.sql("UPDATE organization SET time_zone = ? WHERE id = ?").params(change.timeZone(), orgId).update();
            changed.add("timeZone=" + change.timeZone());
        }
        if (change.defaultLocale() != null && !change.defaultLocale().equals(org.defaultLocale().getLanguage())) {
            jdbc.sql("UPDATE organization SET default_locale = ? WHERE id = ?").params(change.defaultLocale(), orgId)
                    .update();
            changed.add("defaultLocale=" + change.defaultLocale());
        }
        Integer threshold = change.anonymityThreshold();
        if (threshold != null && threshold != org.anonymityThreshold()) {
            jdbc.sql("UPDATE organization SET anonymity_threshold = ? WHERE id = ?").params(threshold, orgId).update();
            changed.add("anonymityThreshold=" + threshold);
        }
        if (!changed.isEmpty()) {
            publish(admin, "SETTINGS_CHANGED", orgId, String.join(", ", changed));
        }
        if (change.terms() != null) {
            renameTerms(admin, change.terms());
        }
        if (change.modules() != null) {
            switchModules(admin, change.modules());
        }
        return view(orgId);
    }

    private void validate(Change change) {
        Validation check = new Validation();
        if (change.name() != null) {
            check.text("name", change.name(), true, 200);
        }
        if (change.timeZone() != null && !ZoneId.getAvailableZoneIds().contains(change.timeZone())) {
            check.add("timeZone", "settings.timeZone.unknown");
        }
        if (change.defaultLocale() != null && !LANGUAGES.contains(change.defaultLocale())) {
            check.add("defaultLocale", "settings.language.unknown");
        }
        Integer threshold = change.anonymityThreshold();
        if (threshold != null && threshold < MIN_THRESHOLD) {
            check.add("anonymityThreshold", "settings.threshold.tooLow", MIN_THRESHOLD);
        } else if (threshold != null && threshold > MAX_THRESHOLD) {
            check.add("anonymityThreshold", "settings.threshold.tooHigh", MAX_THRESHOLD);
        }
        if (change.terms() != null) {
            change.terms().forEach((language, terms) -> {
                if (!LANGUAGES.contains(language)) {
                    check.add("terms/" + language, "settings.language.unknown");
                    return;
                }
                terms.forEach((key, value) -> {
                    if (!TERMS.contains(key)) {
                        check.add("terms/" + language + "/" + key, "settings.term.unknown", key);
                    } else {
                        check.text("terms/" + language + "/" + key, value, false, 100);
                    }
                });
            });
        }
        if (change.modules() != null) {
            change.modules().forEach((code, on) -> {
                if (!modules.exists(code)) {
                    check.add("modules/" + code, "settings.module.unknown", code);
                } else if (on == null) {
                    check.add("modules/" + code, "validation.required");
                }
            });
        }
        check.throwIfAny();
    }

    /**
     * A new name gives a new public address; the old one keeps redirecting. A slug the library
     * itself used before may come back; another library's current or earlier slug may not.
     */
    private void rename(OrganizationView org, String name) {
        String base = Slugs.from(name);
        String slug = base;
        for (int n = 2; !slug.equals(org.slug()) && slugTakenByOther(org.id(), slug); n++) {
            slug = base + "-" + n;
        }
        if (!slug.equals(org.slug())) {
            jdbc.sql("DELETE FROM organization_slug_history WHERE org_id = ? AND slug = ?").params(org.id(), slug).update();
            jdbc.sql("INSERT INTO organization_slug_history (slug, org_id) VALUES (?, ?)").params(org.slug(), org.id())
                    .update();
        }
        try {
            jdbc.sql("UPDATE organization SET name = ?, slug = ? WHERE id = ?").params(name, slug, org.id()).update();
        } catch (DuplicateKeyException raced) {
            throw Problems.conflict("settings.name.taken");
        }
    }

    private boolean slugTakenByOther(UUID orgId, String slug) {
        return jdbc.sql("SELECT count(*) FROM organization WHERE slug = ? AND id <> ?").params(slug, orgId)
                .query(Integer.class).single() > 0
                || jdbc.sql("SELECT count(*) FROM organization_slug_history WHERE slug = ? AND org_id <> ?")
                        .params(slug, orgId).query(Integer.class).single() > 0;
    }

    private void renameTerms(CurrentUser admin, Map<String, Map<String, @Nullable String>> terms) {
        UUID orgId = admin.organizationId();
        terms.forEach((language, byKey) -> byKey.forEach((key, value) -> {
            String clean = Validation.clean(value);
            String before = organizations.terms(orgId, Locale.forLanguageTag(language)).get(key);
            if (java.util.Objects.equals(before, clean)) {
                return;
            }
            jdbc.sql("DELETE FROM organization_term WHERE org_id = ? AND term_key = ? AND locale = ?")
                    .params(orgId, key, language).update();
            if (clean != null) {
                jdbc.sql("INSERT INTO organization_term (org_id, term_key, locale, term_value) VALUES (?, ?, ?, ?)")
                        .params(orgId, key, language, clean).update();
            }
            publish(admin, "TERM_RENAMED", orgId, key + " (" + language + ") = " + (clean == null ? "default" : clean));
        }));
    }

    private void switchModules(CurrentUser admin, Map<String, Boolean> switches) {
        UUID orgId = admin.organizationId();
        Set<String> off = organizations.disabledModules(orgId);
        switches.forEach((code, on) -> {
            if (on == !off.contains(code)) {
                return;
            }
            jdbc.sql("DELETE FROM organization_module WHERE org_id = ? AND module = ?").params(orgId, code).update();
            if (!on) {
                jdbc.sql("INSERT INTO organization_module (org_id, module, enabled) VALUES (?, ?, FALSE)")
                        .params(orgId, code).update();
            }
            publish(admin, "MODULE_SWITCHED", orgId, code + (on ? " on" : " off"));
        });
    }

    // ---- branches and departments -----------------------------------------------------------------

    @Transactional(readOnly = true)
    public Unit unit(CurrentUser admin, UnitKind kind, UUID id) {
        admin.require(Role.ADMIN);
        return jdbc.sql("SELECT id, name FROM " + kind.table + " WHERE org_id = ? AND id = ?")
                .params(admin.organizationId(), id)
                .query((rs, n) -> new Unit(rs.getObject("id", UUID.class), rs.getString("name"))).optional()
                .orElseThrow(Problems::notFound);
    }

    /** How many people have this branch or department as their own (shown before removing it). */
    @Transactional(readOnly = true)
    public int peopleIn(CurrentUser admin, UnitKind kind, UUID id) {
        unit(admin, kind, id);
        return jdbc.sql("SELECT count(*) FROM person WHERE org_id = ? AND " + kind.table + "_id = ?")
                .params(admin.organizationId(), id).query(Integer.class).single();
    }

    public Unit addUnit(CurrentUser admin, UnitKind kind, @Nullable String name) {
        admin.require(Role.ADMIN);
        String clean = checkedName(admin.organizationId(), kind, name, null);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("INSERT INTO " + kind.table + " (id, org_id, name) VALUES (?, ?, ?)")
                    .params(id, admin.organizationId(), clean).update();
        } catch (DuplicateKeyException raced) {
            throw Problems.conflict("settings.unit.taken");
        }
        publish(admin, kind.code() + "_ADDED", id, clean);
        return new Unit(id, clean);
    }

    public Unit renameUnit(CurrentUser admin, UnitKind kind, UUID id, @Nullable String name) {
        Unit before = unit(admin, kind, id);
        String clean = checkedName(admin.organizationId(), kind, name, id);
        try {
            jdbc.sql("UPDATE " + kind.table + " SET name = ? WHERE org_id = ? AND id = ?")
                    .params(clean, admin.organizationId(), id).update();
        } catch (DuplicateKeyException raced) {
            throw Problems.conflict("settings.unit.taken");
        }
        if (!before.name().equals(clean)) {
            publish(admin, kind.code() + "_RENAMED", id, before.name() + " -> " + clean);
        }
        return new Unit(id, clean);
    }

    /** Removes the unit; people who had it as their own keep their records and simply have none. */
    public void removeUnit(CurrentUser admin, UnitKind kind, UUID id) {
        Unit unit = unit(admin, kind, id);
        // person.branch_id and person.department_id are set to null by their foreign keys
        jdbc.sql("DELETE FROM " + kind.table + " WHERE org_id = ? AND id = ?").params(admin.organizationId(), id).update();
        publish(admin, kind.code() + "_REMOVED", id, unit.name());
    }

    private String checkedName(UUID orgId, UnitKind kind, @Nullable String name, @Nullable UUID self) {
        new Validation().text("name", name, true, 200).throwIfAny();
        String clean = java.util.Objects.requireNonNull(Validation.clean(name));
        boolean taken = jdbc.sql("SELECT count(*) FROM " + kind.table
                        + " WHERE org_id = ? AND lower(name) = lower(?)" + (self == null ? "" : " AND id <> ?"))
                .params(self == null ? List.of(orgId, clean) : List.of(orgId, clean, self))
                .query(Integer.class).single() > 0;
        if (taken) {
            throw Problems.conflict("settings.unit.taken");
        }
        return clean;
    }

    // ---- old public addresses -----------------------------------------------------------------------

    /** The current slug of the library that used {@code oldSlug} before a rename. */
    @Transactional(readOnly = true)
    public Optional<String> renamedSlug(String oldSlug) {
        return jdbc.sql("""
                SELECT o.slug FROM organization_slug_history h JOIN organization o ON o.id = h.org_id
                WHERE h.slug = ?""").param(oldSlug).query(String.class).optional();
    }

    private void publish(CurrentUser admin, String action, @Nullable UUID subject, String detail) {
        events.publishEvent(new AdminAction(admin.organizationId(), admin.personId(), action, subject, detail));
    }
}
