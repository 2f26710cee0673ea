package org.shelfcare.training;

import java.net.URI;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.OrganizationCreated;
import org.shelfcare.directory.Role;
import org.shelfcare.directory.RosterMember;
import org.shelfcare.directory.Unit;
import org.shelfcare.programs.ProgramsManagement;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training module's facade: the catalog (admins and wellness leads keep it), requirements by
 * role, job title or department, each person's trainings and completions, the leads' review, and
 * the compliance view. Everything is scoped to the caller's library; another library's ids answer 404.
 */
@Service
@Transactional
public class TrainingManagement {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PROVIDER_MAX = 200;
    public static final int LINK_MAX = 1000;
    public static final int NOTE_MAX = 2000;
    public static final int REASON_MAX = 1000;
    public static final int MAX_MONTHS = 120;
    public static final int MAX_MINUTES = 10_000;
    /** "Within N days of joining": at most a year. */
    public static final int MAX_DAYS = 365;
    /** A completion within this many days of expiring is "due soon", and its reminder goes out. */
    public static final int DUE_SOON_DAYS = 30;
    /** Certificates: PDF, PNG or JPEG, at most 2 MB. */
    public static final int CERTIFICATE_MAX_BYTES = 2 * 1024 * 1024;

    /** The default catalog entries every library starts with, by code. */
    public static final List<String> DEFAULT_CODES = List.of("TRAUMA_INFORMED", "MENTAL_HEALTH_FIRST_AID",
            "DE_ESCALATION", "BOMB_THREAT", "EMERGENCY_DRILLS", "EAP_ORIENTATION");

    private static final String ITEM_COLUMNS = "id, code, title, description, provider, link, format, duration_minutes,"
            + " recert_months, retired, program_id";
    private static final String COMPLETION_SELECT = """
            SELECT c.id, c.item_id, i.title, c.person_id, c.completed_on, c.note, c.certificate_name, c.status,
                   c.reject_reason, c.recorded_by
            FROM training_completion c JOIN training_item i ON i.id = c.item_id
            """;

    private final JdbcClient jdbc;
    private final DirectoryManagement directory;
    private final MessageSource messages;
    private final ProgramsManagement programs;

    TrainingManagement(JdbcClient jdbc, DirectoryManagement directory, MessageSource messages,
            ProgramsManagement programs) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.messages = messages;
        this.programs = programs;
    }

    // ---- who may do what ---------------------------------------------------------------------------

    /** Admins and wellness leads keep the catalog and the requirements, and see the whole library's compliance. */
    public static boolean manages(CurrentUser user) {
        return user.isAdmin() || user.has(Role.WELLNESS_LEAD);
    }

    /** Managers review everyone's completions; supervisors their direct reports'. */
    public static boolean reviews(CurrentUser user) {
        return manages(user) || user.has(Role.SUPERVISOR);
    }

    private static void requireManager(CurrentUser user) {
        if (!manages(user)) {
            throw Problems.forbidden();
        }
    }

    // ---- the catalog -------------------------------------------------------------------------------

    /** Adds the default catalog entries once, in the library's language (new libraries, and older ones on first use). */
    @ApplicationModuleListener
    void on(OrganizationCreated created) {
        ensureDefaults(created.organizationId());
    }

    void ensureDefaults(UUID orgId) {
        if (jdbc.sql("SELECT COUNT(*) FROM training_seeded WHERE org_id = ?").param(orgId).query(Long.class).single() > 0) {
            return;
        }
        if (jdbc.sql("INSERT INTO training_seeded (org_id) VALUES (?) ON CONFLICT DO NOTHING").param(orgId).update() == 0) {
            return;
        }
        Locale locale = directory.organization(orgId).defaultLocale();
        Instant now = Instant.now();
        for (String code : DEFAULT_CODES) {
            String key = "training.default." + code + ".";
            TrainingFormat format = TrainingFormat.valueOf(t(key + "format", locale));
            String months = t(key + "months", locale);
            String minutes = t(key + "minutes", locale);
            String link = t(key + "link", locale);
            jdbc.sql("""
                    INSERT INTO training_item (id, org_id, code, title, description, provider, link, format,
                        duration_minutes, recert_months, retired, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?) ON CONFLICT DO NOTHING""")
                    .params(UUID.randomUUID(), orgId, code, t(key + "title", locale), t(key + "description", locale),
                            t(key + "provider", locale), link.isBlank() ? null : link, format.name(),
                            minutes.isBlank() ? null : Integer.valueOf(minutes),
                            months.isBlank() ? null : Integer.valueOf(months), Timestamp.from(now))
                    .update();
        }
    }

    /** The catalog: managers see retired items too (after the others), everyone else what is offered. */
    public List<CatalogItem> catalog(CurrentUser user) {
        ensureDefaults(user.organizationId());
        return items(user.organizationId()).stream().filter(item -> manages(user) || !item.retired()).toList();
    }

    public CatalogItem item(CurrentUser user, UUID id) {
        return findItem(user.organizationId(), id).filter(item -> manages(user) || !item.retired())
                .orElseThrow(Problems::notFound);
    }

    public CatalogItem addItem(CurrentUser user, ItemDraft draft) {
        requireManager(user);
        Checked c = check(draft, user);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO training_item (id, org_id, code, title, description, provider, link, format,
                    duration_minutes, recert_months, program_id, retired, created_at)
                VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?)""")
                .params(id, user.organizationId(), c.title, c.description, c.provider, c.link, c.format.name(),
                        c.minutes, c.months, c.programId, Timestamp.from(Instant.now()))
                .update();
        return findItem(user.organizationId(), id).orElseThrow();
    }

    public CatalogItem changeItem(CurrentUser user, UUID id, ItemDraft draft) {
        requireManager(user);
        findItem(user.organizationId(), id).orElseThrow(Problems::notFound);
        Checked c = check(draft, user);
        jdbc.sql("""
                UPDATE training_item SET title = ?, description = ?, provider = ?, link = ?, format = ?,
                    duration_minutes = ?, recert_months = ?, program_id = ? WHERE id = ? AND org_id = ?""")
                .params(c.title, c.description, c.provider, c.link, c.format.name(), c.minutes, c.months, c.programId,
                        id, user.organizationId())
                .update();
        return findItem(user.organizationId(), id).orElseThrow();
    }

    /** Retires an item (no longer offered nor required; completions are kept), or brings it back. */
    public CatalogItem setRetired(CurrentUser user, UUID id, boolean retired) {
        requireManager(user);
        findItem(user.organizationId(), id).orElseThrow(Problems::notFound);
        jdbc.sql("UPDATE training_item SET retired = ? WHERE id = ? AND org_id = ?")
                .params(retired, id, user.organizationId()).update();
        return findItem(user.organizationId(), id).orElseThrow();
    }

    private record Checked(String title, @Nullable String description, @Nullable String provider, @Nullable String link,
            TrainingFormat format, @Nullable Integer minutes, @Nullable Integer months, @Nullable UUID programId) {}

    private Checked check(ItemDraft draft, CurrentUser user) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String title = trim(draft.title());
        if (title == null) {
            errors.add(error("title", "training.item.titleRequired"));
        } else if (title.length() > TITLE_MAX) {
            errors.add(error("title", "training.item.tooLong", TITLE_MAX));
        }
        String description = trim(draft.description());
        if (description != null && description.length() > DESCRIPTION_MAX) {
            errors.add(error("description", "training.item.tooLong", DESCRIPTION_MAX));
        }
        String provider = trim(draft.provider());
        if (provider != null && provider.length() > PROVIDER_MAX) {
            errors.add(error("provider", "training.item.tooLong", PROVIDER_MAX));
        }
        String link = trim(draft.link());
        if (link != null && (link.length() > LINK_MAX || !webAddress(link))) {
            errors.add(error("link", "training.item.linkInvalid"));
        }
        TrainingFormat format = null;
        try {
            format = TrainingFormat.valueOf(String.valueOf(trim(draft.format())));
        } catch (IllegalArgumentException unknown) {
            errors.add(error("format", "training.item.formatInvalid"));
        }
        Integer minutes = number(draft.durationMinutes(), "durationMinutes", 1, MAX_MINUTES, errors);
        Integer months = number(draft.recertMonths(), "recertMonths", 1, MAX_MONTHS, errors);
        UUID programId = program(user, draft.programId(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(title, description, provider, link, format, minutes, months, programId);
    }

    /**
     * The program a catalog item names: null when none; a field error for a malformed id or a program
     * only for patrons; 404 for a program the manager cannot see (another library's).
     */
    private @Nullable UUID program(CurrentUser user, @Nullable String programId, List<InvalidInput.FieldError> errors) {
        String value = trim(programId);
        if (value == null) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            errors.add(error("programId", "training.item.programInvalid"));
            return null;
        }
        if (!programs.program(user, id).audience().staff()) {
            errors.add(error("programId", "training.item.programInvalid"));
            return null;
        }
        return id;
    }

    private static boolean webAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException bad) {
            return false;
        }
    }

    private static @Nullable Integer number(@Nullable String text, String field, int min, int max,
            List<InvalidInput.FieldError> errors) {
        String value = trim(text);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(error(field, "training.item.range", min, max));
        return null;
    }

    /**
     * The offered item an id names: null for a blank or malformed id or a retired item (a form
     * error), 404 for an id that is not in the caller's library.
     */
    @Nullable CatalogItem offered(CurrentUser user, @Nullable String itemId) {
        UUID id;
        try {
            id = itemId == null || itemId.isBlank() ? null : UUID.fromString(itemId.strip());
        } catch (IllegalArgumentException notAnId) {
            id = null;
        }
        if (id == null) {
            return null;
        }
        CatalogItem item = findItem(user.organizationId(), id).orElseThrow(Problems::notFound);
        return item.retired() ? null : item;
    }

    private List<CatalogItem> items(UUID orgId) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM training_item WHERE org_id = ? ORDER BY retired, lower(title), id")
                .param(orgId).query((rs, n) -> new CatalogItem(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("title"), rs.getString("description"), rs.getString("provider"), rs.getString("link"),
                        TrainingFormat.valueOf(rs.getString("format")), (Integer) rs.getObject("duration_minutes"),
                        (Integer) rs.getObject("recert_months"), rs.getBoolean("retired"),
                        rs.getObject("program_id", UUID.class)))
                .list();
    }

    private Optional<CatalogItem> findItem(UUID orgId, UUID id) {
        return items(orgId).stream().filter(item -> item.id().equals(id)).findFirst();
    }

    // ---- requirements ------------------------------------------------------------------------------

    /** Every requirement of the library, with the interval that applies; everyone may read them. */
    @Transactional(readOnly = true)
    public List<Requirement> requirements(CurrentUser user) {
        return requirements(user.organizationId(), user.locale());
    }

    /** The job titles in use in the library, for choosing one. */
    @Transactional(readOnly = true)
    public List<String> jobTitles(CurrentUser user) {
        return directory.roster(user.organizationId()).stream().map(RosterMember::jobTitle)
                .filter(title -> title != null && !title.isBlank()).map(String::strip).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    public List<Unit> departments(CurrentUser user) {
        return directory.departments(user.organizationId());
    }

    public Requirement addRequirement(CurrentUser user, @Nullable String itemId, @Nullable String audience,
            @Nullable String value, @Nullable String intervalMonths) {
        return addRequirement(user, itemId, audience, value, intervalMonths, null);
    }

    /** The same, giving new staff {@code withinDays} days from their start date (empty: no such allowance). */
    public Requirement addRequirement(CurrentUser user, @Nullable String itemId, @Nullable String audience,
            @Nullable String value, @Nullable String intervalMonths, @Nullable String withinDays) {
        requireManager(user);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        CatalogItem item = offered(user, itemId);
        if (item == null) {
            errors.add(error("itemId", "training.requirement.item"));
        }
        Audience kind = null;
        try {
            kind = Audience.valueOf(String.valueOf(trim(audience)));
        } catch (IllegalArgumentException unknown) {
            errors.add(error("audience", "training.requirement.audience"));
        }
        String stored = null;
        if (kind != null) {
            String v = trim(value);
            switch (kind) {
                case EVERYONE -> stored = null;
                case ROLE -> {
                    if (v != null && Arrays.stream(Role.values()).anyMatch(r -> Role.ASSIGNABLE.contains(r) && r.name().equals(v))) {
                        stored = v;
                    } else {
                        errors.add(error("value", "training.requirement.role"));
                    }
                }
                case JOB_TITLE -> {
                    if (v == null || v.length() > TITLE_MAX) {
                        errors.add(error("value", "training.requirement.jobTitle"));
                    } else {
                        stored = v;
                    }
                }
                case DEPARTMENT -> {
                    String department = v == null ? null : directory.departments(user.organizationId()).stream()
                            .map(u -> u.id().toString()).filter(v::equals).findFirst().orElse(null);
                    if (department == null) {
                        errors.add(error("value", "training.requirement.department"));
                    }
                    stored = department;
                }
            }
        }
        Integer months = number(intervalMonths, "intervalMonths", 1, MAX_MONTHS, errors);
        Integer days = number(withinDays, "withinDays", 1, MAX_DAYS, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO training_requirement (id, org_id, item_id, audience_kind, audience_value, interval_months,
                    within_days, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, user.organizationId(), item.id(), kind.name(), stored, months, days,
                        Timestamp.from(Instant.now()))
                .update();
        return requirement(user, id);
    }

    @Transactional(readOnly = true)
    public Requirement requirement(CurrentUser user, UUID id) {
        return requirements(user.organizationId(), user.locale()).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(Problems::notFound);
    }

    public void removeRequirement(CurrentUser user, UUID id) {
        requireManager(user);
        if (jdbc.sql("DELETE FROM training_requirement WHERE id = ? AND org_id = ?").params(id, user.organizationId())
                .update() == 0) {
            throw Problems.notFound();
        }
    }

    private List<Requirement> requirements(UUID orgId, Locale locale) {
        Map<String, String> departments = directory.departments(orgId).stream()
                .collect(Collectors.toMap(u -> u.id().toString(), Unit::name));
        return jdbc.sql("""
                SELECT r.id, r.item_id, i.title, i.recert_months, r.audience_kind, r.audience_value, r.interval_months,
                       r.within_days, r.created_at
                FROM training_requirement r JOIN training_item i ON i.id = r.item_id
                WHERE r.org_id = ? AND i.retired = FALSE ORDER BY lower(i.title), r.audience_kind, r.audience_value, r.id""")
                .param(orgId).query((rs, n) -> {
                    Audience kind = Audience.valueOf(rs.getString("audience_kind"));
                    String value = rs.getString("audience_value");
                    Integer own = (Integer) rs.getObject("interval_months");
                    Integer item = (Integer) rs.getObject("recert_months");
                    String label = switch (kind) {
                        case EVERYONE -> t("training.audience.everyone", locale);
                        case ROLE -> t("role." + value, locale);
                        case JOB_TITLE -> String.valueOf(value);
                        case DEPARTMENT -> departments.getOrDefault(value, "?");
                    };
                    return new Requirement(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
                            rs.getString("title"), kind, value, label, own, own != null ? own : item,
                            (Integer) rs.getObject("within_days"),
                            rs.getTimestamp("created_at").toInstant().atOffset(java.time.ZoneOffset.UTC).toLocalDate());
                }).list();
    }

    /** Whether a requirement applies to a person. */
    static boolean appliesTo(Requirement requirement, RosterMember person) {
        String value = requirement.audienceValue();
        return switch (requirement.audience()) {
            case EVERYONE -> true;
            case ROLE -> value != null && person.roles().stream().anyMatch(r -> r.name().equals(value));
            case JOB_TITLE -> value != null && person.jobTitle() != null && person.jobTitle().strip().equalsIgnoreCase(value);
            case DEPARTMENT -> value != null && person.departmentId() != null && person.departmentId().toString().equals(value);
        };
    }

    /**
     * What a person must take: item id to interval in months (0 when once is enough). Of several
     * requirements for the same training, the shortest interval applies.
     */
    static Map<UUID, Integer> obligations(List<Requirement> requirements, RosterMember person) {
        Map<UUID, Integer> owed = new LinkedHashMap<>();
        for (Requirement r : requirements) {
            if (appliesTo(r, person)) {
                int months = r.effectiveMonths() == null ? 0 : r.effectiveMonths();
                owed.merge(r.itemId(), months, (a, b) -> a == 0 ? b : b == 0 ? a : Math.min(a, b));
            }
        }
        return owed;
    }

    /**
     * For trainings a person has never done: item id to the last day they have for it: the days a
     * requirement gives, counted from their start date, or from the day the requirement was added
     * when they started before (so that a new requirement makes nobody overdue at once); of
     * several, the earliest day.
     */
    static Map<UUID, LocalDate> dueDates(List<Requirement> requirements, RosterMember person) {
        Map<UUID, LocalDate> due = new HashMap<>();
        for (Requirement r : requirements) {
            if (r.withinDays() != null && appliesTo(r, person)) {
                LocalDate from = person.startedOn().isAfter(r.addedOn()) ? person.startedOn() : r.addedOn();
                due.merge(r.itemId(), from.plusDays(r.withinDays()), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return due;
    }

    // ---- my training and completions --------------------------------------------------------------

    /** The signed-in person's trainings: required ones first (with a status), then the optional ones. */
    public List<TrainingRow> myTraining(CurrentUser me) {
        ensureDefaults(me.organizationId());
        RosterMember person = directory.roster(me.organizationId()).stream().filter(m -> m.id().equals(me.personId()))
                .findFirst().orElseThrow(Problems::notFound);
        LocalDate today = LocalDate.now(me.zone());
        List<Requirement> requirements = requirements(me.organizationId(), me.locale());
        Map<UUID, Integer> owed = obligations(requirements, person);
        Map<UUID, LocalDate> due = dueDates(requirements, person);
        Map<UUID, Completion> latest = latestCounted(me.organizationId(), Set.of(me.personId())).getOrDefault(me.personId(), Map.of());
        List<TrainingRow> required = new ArrayList<>();
        List<TrainingRow> optional = new ArrayList<>();
        for (CatalogItem item : items(me.organizationId())) {
            if (item.retired()) {
                continue;
            }
            Completion last = latest.get(item.id());
            if (owed.containsKey(item.id())) {
                int months = owed.get(item.id());
                LocalDate expires = expiry(last, months);
                LocalDate dueBy = last == null ? due.get(item.id()) : null;
                required.add(new TrainingRow(item, true, months == 0 ? null : months,
                        status(last, expires, dueBy, today), last, expires, dueBy));
            } else {
                Integer months = item.recertMonths();
                optional.add(new TrainingRow(item, false, months, null, last, expiry(last, months == null ? 0 : months),
                        null));
            }
        }
        required.sort(Comparator.comparingInt((TrainingRow r) -> urgency(r.status())));
        required.addAll(optional);
        return required;
    }

    /** Most urgent first: overdue, never done, due by a day, due soon, done (optional trainings last). */
    static int urgency(@Nullable TrainingStatus status) {
        return status == null ? 9 : switch (status) {
            case OVERDUE -> 0;
            case NEVER_DONE -> 1;
            case DUE_BY -> 2;
            case DUE_SOON -> 3;
            case DONE -> 4;
        };
    }

    static @Nullable LocalDate expiry(@Nullable Completion last, int months) {
        return last == null || months == 0 ? null : last.completedOn().plusMonths(months);
    }

    /** With {@code dueBy}, a training never done is due by that day, and overdue after it. */
    static TrainingStatus status(@Nullable Completion last, @Nullable LocalDate expires, @Nullable LocalDate dueBy,
            LocalDate today) {
        return TrainingStatus.on(today, last == null ? null : last.completedOn(), expires, dueBy);
    }

    /** The signed-in person's own completions, newest first. */
    @Transactional(readOnly = true)
    public List<Completion> myCompletions(CurrentUser me) {
        return completions(me.organizationId(), "c.person_id = ?", me.personId(), me.name());
    }

    /** A file attached to a completion. */
    public record Certificate(String filename, String contentType, byte[] bytes) {}

    /**
     * Records that the signed-in person completed a training on a date (not in the future), with an
     * optional note and an optional certificate (PDF, PNG or JPEG, at most 2 MB). It counts at once.
     */
    public Completion record(CurrentUser me, @Nullable String itemId, @Nullable String completedOn,
            @Nullable String note, @Nullable Certificate certificate) {
        return record(me, itemId, completedOn, note, certificate, null);
    }

    /** The same, from a form whose one-time token makes a second submission answer the first completion. */
    public Completion record(CurrentUser me, @Nullable String itemId, @Nullable String completedOn,
            @Nullable String note, @Nullable Certificate certificate, @Nullable String formToken) {
        String token = trim(formToken);
        if (token != null && token.length() <= 100) {
            Optional<UUID> earlier = recordedWith(me, token);
            if (earlier.isPresent()) {
                return completion(me, earlier.get());
            }
        } else {
            token = null;
        }
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        CatalogItem item = offered(me, itemId);
        if (item == null) {
            errors.add(error("itemId", "training.completion.item"));
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(String.valueOf(trim(completedOn)));
            if (date.isAfter(LocalDate.now(me.zone()))) {
                errors.add(error("completedOn", "training.completion.future"));
            } else if (date.isBefore(LocalDate.of(1970, 1, 1))) {
                errors.add(error("completedOn", "training.completion.date"));
            }
        } catch (DateTimeParseException malformed) {
            errors.add(error("completedOn", "training.completion.date"));
        }
        String text = trim(note);
        if (text != null && text.length() > NOTE_MAX) {
            errors.add(error("note", "training.item.tooLong", NOTE_MAX));
        }
        CertificateFiles.Accepted file = CertificateFiles.check(certificate, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO training_completion (id, org_id, item_id, person_id, completed_on, note, certificate_name,
                    certificate_type, certificate, status, form_token, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT DO NOTHING""")
                .params(id, me.organizationId(), item.id(), me.personId(), Date.valueOf(date), text,
                        file == null ? null : file.filename(), file == null ? null : file.contentType(),
                        file == null ? null : file.bytes(), token, Timestamp.from(Instant.now()))
                .update();
        return completion(me, token == null ? id : recordedWith(me, token).orElse(id));
    }

    private Optional<UUID> recordedWith(CurrentUser me, String token) {
        return jdbc.sql("SELECT id FROM training_completion WHERE org_id = ? AND person_id = ? AND form_token = ?")
                .params(me.organizationId(), me.personId(), token).query(UUID.class).optional();
    }

    /** A completion its owner, a manager, or the owner's supervisor may see; 404 for anyone else. */
    @Transactional(readOnly = true)
    public Completion completion(CurrentUser user, UUID id) {
        Completion completion = completions(user.organizationId(), "c.id = ?", id, null).stream().findFirst()
                .orElseThrow(Problems::notFound);
        if (!mayRead(user, completion.personId())) {
            throw Problems.notFound();
        }
        return completion;
    }

    /** The certificate of a completion the caller may see; 404 when there is none. */
    @Transactional(readOnly = true)
    public Certificate certificate(CurrentUser user, UUID id) {
        completion(user, id);
        return jdbc.sql("SELECT certificate_name, certificate_type, certificate FROM training_completion"
                        + " WHERE id = ? AND org_id = ? AND certificate IS NOT NULL")
                .params(id, user.organizationId())
                .query((rs, n) -> new Certificate(rs.getString("certificate_name"), rs.getString("certificate_type"),
                        rs.getBytes("certificate")))
                .optional().orElseThrow(Problems::notFound);
    }

    /** Completions waiting for the reviewer: a manager sees everyone's, a supervisor their direct reports'. */
    @Transactional(readOnly = true)
    public List<Completion> pending(CurrentUser reviewer) {
        if (!reviews(reviewer)) {
            throw Problems.forbidden();
        }
        Map<UUID, RosterMember> scope = scope(reviewer);
        return completions(reviewer.organizationId(), "c.status = 'PENDING'", null, null).stream()
                .filter(c -> scope.containsKey(c.personId()) && !c.personId().equals(reviewer.personId()))
                .toList();
    }

    public Completion verify(CurrentUser reviewer, UUID id) {
        Completion completion = reviewable(reviewer, id);
        jdbc.sql("""
                UPDATE training_completion SET status = 'VERIFIED', reviewed_by = ?, reviewed_at = ?, reject_reason = NULL
                WHERE id = ? AND org_id = ?""")
                .params(reviewer.personId(), Timestamp.from(Instant.now()), completion.id(), reviewer.organizationId())
                .update();
        return completion(reviewer, id);
    }

    /** Rejects a completion with a reason its owner reads; it stops counting. */
    public Completion reject(CurrentUser reviewer, UUID id, @Nullable String reason) {
        Completion completion = reviewable(reviewer, id);
        String text = trim(reason);
        if (text == null) {
            throw Problems.invalid("reason", "training.review.reasonRequired");
        }
        if (text.length() > REASON_MAX) {
            throw Problems.invalid("reason", "training.item.tooLong", REASON_MAX);
        }
        jdbc.sql("""
                UPDATE training_completion SET status = 'REJECTED', reviewed_by = ?, reviewed_at = ?, reject_reason = ?
                WHERE id = ? AND org_id = ?""")
                .params(reviewer.personId(), Timestamp.from(Instant.now()), text, completion.id(),
                        reviewer.organizationId())
                .update();
        return completion(reviewer, id);
    }

    /** Nobody reviews their own completion; a supervisor reviews only their direct reports'. */
    private Completion reviewable(CurrentUser reviewer, UUID id) {
        Completion completion = completion(reviewer, id);
        if (!reviews(reviewer) || completion.personId().equals(reviewer.personId())
                || !scope(reviewer).containsKey(completion.personId())) {
            throw Problems.forbidden();
        }
        return completion;
    }

    private boolean mayRead(CurrentUser user, UUID personId) {
        return user.personId().equals(personId) || (reviews(user) && scope(user).containsKey(personId));
    }

    /** The people whose training the viewer oversees: everyone for managers, direct reports for supervisors. */
    Map<UUID, RosterMember> scope(CurrentUser viewer) {
        Map<UUID, RosterMember> scope = new LinkedHashMap<>();
        for (RosterMember m : directory.roster(viewer.organizationId())) {
            if (manages(viewer) || (viewer.has(Role.SUPERVISOR) && viewer.personId().equals(m.supervisorId()))) {
                scope.put(m.id(), m);
            }
        }
        return scope;
    }

    private List<Completion> completions(UUID orgId, String condition, @Nullable Object param, @Nullable String name) {
        Map<UUID, String> names = directory.roster(orgId).stream()
                .collect(Collectors.toMap(RosterMember::id, RosterMember::name));
        var query = jdbc.sql(COMPLETION_SELECT + " WHERE c.org_id = ? AND " + condition
                + " ORDER BY c.completed_on DESC, c.created_at DESC, c.id").param(orgId);
        if (param != null) {
            query = query.param(param);
        }
        return query.query((rs, n) -> {
            UUID person = rs.getObject("person_id", UUID.class);
            return new Completion(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
                    rs.getString("title"), person, name != null ? name : names.getOrDefault(person, "?"),
                    rs.getDate("completed_on").toLocalDate(), rs.getString("note"), rs.getString("certificate_name"),
                    CompletionStatus.valueOf(rs.getString("status")), rs.getString("reject_reason"),
                    rs.getObject("recorded_by", UUID.class),
                    recorder(names, rs.getObject("recorded_by", UUID.class)));
        }).list();
    }

    private static @Nullable String recorder(Map<UUID, String> names, @Nullable UUID recordedBy) {
        return recordedBy == null ? null : names.getOrDefault(recordedBy, "?");
    }

    /** Per person and item, the latest completion that counts (pending or verified). */
    Map<UUID, Map<UUID, Completion>> latestCounted(UUID orgId, @Nullable Set<UUID> people) {
        Map<UUID, Map<UUID, Completion>> latest = new HashMap<>();
        for (Completion c : completions(orgId, "c.status <> 'REJECTED'", null, null)) {
            if (people != null && !people.contains(c.personId())) {
                continue;
            }
            // newest first: the first one seen per item is the latest
            latest.computeIfAbsent(c.personId(), p -> new HashMap<>()).putIfAbsent(c.itemId(), c);
        }
        return latest;
    }

    // ---- compliance --------------------------------------------------------------------------------

    /** One person's standing on one training they must take. */
    record Standing(RosterMember person, UUID itemId, String itemTitle, TrainingStatus status, @Nullable LocalDate expiresOn,
            @Nullable LocalDate dueBy) {}

    /** Everyone's standing on every training they must take, in a library, on a day. */
    List<Standing> standings(UUID orgId, Locale locale, LocalDate today, Map<UUID, RosterMember> people) {
        List<Requirement> requirements = requirements(orgId, locale);
        Map<UUID, String> titles = new HashMap<>();
        requirements.forEach(r -> titles.put(r.itemId(), r.itemTitle()));
        Map<UUID, Map<UUID, Completion>> latest = latestCounted(orgId, null);
        List<Standing> standings = new ArrayList<>();
        for (RosterMember person : people.values()) {
            Map<UUID, LocalDate> due = dueDates(requirements, person);
            for (Map.Entry<UUID, Integer> owed : obligations(requirements, person).entrySet()) {
                Completion last = latest.getOrDefault(person.id(), Map.of()).get(owed.getKey());
                LocalDate expires = expiry(last, owed.getValue());
                LocalDate dueBy = last == null ? due.get(owed.getKey()) : null;
                standings.add(new Standing(person, owed.getKey(), titles.get(owed.getKey()),
                        status(last, expires, dueBy, today), expires, dueBy));
            }
        }
        return standings;
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** What was typed, without surrounding spaces; null when nothing was. */
    static @Nullable String trim(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static InvalidInput.FieldError error(String field, String code, Object... args) {
        return new InvalidInput.FieldError(field, code, args);
    }
}
