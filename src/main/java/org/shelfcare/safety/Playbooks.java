package org.shelfcare.safety;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.PersonView;
import org.shelfcare.notifications.LiveStream;
import org.shelfcare.privacy.AuditLog;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Playbooks: per incident type, an ordered checklist of what to do (the DHS/CISA bomb threat
 * checklist, CISA's de-escalation steps, who to call). Until a safety lead or an admin writes the
 * library's own, a built-in type uses the shipped steps in the reader's language; a type the
 * library added has none until someone writes it. Everyone reads them (they are guidance for the
 * moment itself); safety leads and admins keep them.
 *
 * <p>During an incident, whoever reads its factual record (the reporter, safety leads, admins)
 * ticks the steps off. Each tick and untick is its own entry, with who, when and the step's words
 * at that moment, shown in the record's playbook log.
 */
@Service
@Transactional
public class Playbooks {

    public static final int STEP_MAX = 1000;
    public static final int SOURCE_MAX = 300;
    public static final int STEPS_MAX = 40;
    /** The built-in types with their own shipped steps; the other built-in types get the general ones. */
    static final List<String> SHIPPED = List.of("BOMB_THREAT", "THREAT_OF_VIOLENCE", "CHALLENGING_PATRON", "MEDICAL");
    static final String GENERAL = "GENERAL";
    /** The event on {@link #topic(UUID)} when a step is ticked or unticked. */
    public static final String TICK_EVENT = "tick";
    private static final String TOPIC_PREFIX = "safety.incident.";
    private static final String TOPIC_SUFFIX = ".playbook";
    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z0-9-]{1,40}");

    private final JdbcClient jdbc;
    private final IncidentTypes types;
    private final SafetyManagement safety;
    private final DirectoryManagement directory;
    private final AuditLog audit;
    private final MessageSource messages;
    private final LiveStream live;

    Playbooks(JdbcClient jdbc, IncidentTypes types, SafetyManagement safety, DirectoryManagement directory,
            AuditLog audit, MessageSource messages, LiveStream live) {
        this.live = live;
        this.jdbc = jdbc;
        this.types = types;
        this.safety = safety;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    /** One step as typed on the page or sent to the API; a missing id makes a new step. */
    public record StepInput(@Nullable String id, @Nullable String text) {}

    /** Safety leads and admins keep the playbooks. */
    public static boolean mayEdit(CurrentUser person) {
        return IncidentTypes.manages(person);
    }

    // ---- reading and keeping -----------------------------------------------------------------------

    /** The playbook of every type of the library still offered for reports, in the form's order. */
    @Transactional(readOnly = true)
    public List<Playbook> all(CurrentUser reader) {
        Map<String, Stored> stored = stored(reader.organizationId(), null);
        return types.active(reader.organizationId(), reader.locale()).stream()
                .map(type -> playbook(type, stored.get(type.code()), reader.locale())).toList();
    }

    /** The playbook of one type of the library, retired ones included; an unknown type 404. */
    @Transactional(readOnly = true)
    public Playbook playbook(CurrentUser reader, String code) {
        IncidentType type = types.find(reader.organizationId(), code, reader.locale()).orElseThrow(Problems::notFound);
        return playbook(type, stored(reader.organizationId(), code).get(code), reader.locale());
    }

    /**
     * Writes the library's own playbook for a type (safety leads and admins, others 403): the steps
     * in order, each required and at most {@link #STEP_MAX} characters. A step keeps its id when it
     * is sent back with it, so earlier ticks still point at it.
     */
    public Playbook save(CurrentUser editor, String code, @Nullable String source, List<StepInput> steps) {
        if (!mayEdit(editor)) {
            throw Problems.forbidden();
        }
        types.find(editor.organizationId(), code, editor.locale()).orElseThrow(Problems::notFound);
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String cleanSource = source == null || source.isBlank() ? null : source.strip();
        if (cleanSource != null && cleanSource.length() > SOURCE_MAX) {
            errors.add(new InvalidInput.FieldError("source", "safety.incident.tooLong", new Object[] {SOURCE_MAX}));
        }
        if (steps.size() > STEPS_MAX) {
            errors.add(new InvalidInput.FieldError("steps", "safety.playbook.tooManySteps", new Object[] {STEPS_MAX}));
        }
        List<Playbook.Step> clean = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            StepInput step = steps.get(i);
            String text = step.text() == null ? "" : step.text().strip();
            if (text.isEmpty()) {
                errors.add(new InvalidInput.FieldError("step-" + i, "safety.playbook.stepRequired", new Object[] {i + 1}));
            } else if (text.length() > STEP_MAX) {
                errors.add(new InvalidInput.FieldError("step-" + i, "safety.playbook.stepTooLong",
                        new Object[] {i + 1, STEP_MAX}));
            }
            String id = step.id() != null && STEP_ID.matcher(step.id()).matches() && ids.add(step.id()) ? step.id()
                    : newId(ids);
            clean.add(new Playbook.Step(id, text));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        UUID orgId = editor.organizationId();
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("UPDATE safety_playbook SET source = ?, updated_at = ?, updated_by = ? WHERE org_id = ? AND type_code = ?")
                .params(cleanSource, now, editor.personId(), orgId, code).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO safety_playbook (org_id, type_code, source, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)")
                    .params(orgId, code, cleanSource, now, editor.personId()).update();
        }
        jdbc.sql("DELETE FROM safety_playbook_step WHERE org_id = ? AND type_code = ?").params(orgId, code).update();
        for (int i = 0; i < clean.size(); i++) {
            jdbc.sql("INSERT INTO safety_playbook_step (org_id, type_code, step_id, position, body) VALUES (?, ?, ?, ?, ?)")
                    .params(orgId, code, clean.get(i).id(), i, clean.get(i).text()).update();
        }
        return playbook(editor, code);
    }

    /** Goes back to the shipped steps (none for a type the library added). Safety leads and admins. */
    public Playbook reset(CurrentUser editor, String code) {
        if (!mayEdit(editor)) {
            throw Problems.forbidden();
        }
        types.find(editor.organizationId(), code, editor.locale()).orElseThrow(Problems::notFound);
        jdbc.sql("DELETE FROM safety_playbook WHERE org_id = ? AND type_code = ?")
                .params(editor.organizationId(), code).update();
        return playbook(editor, code);
    }

    // ---- during an incident ------------------------------------------------------------------------

    /** The live stream topic of an incident's playbook, which only those who read the record may follow. */
    public static String topic(UUID incidentId) {
        return TOPIC_PREFIX + incidentId + TOPIC_SUFFIX;
    }

    /** Whether {@code viewer} may follow {@code topic}, a playbook topic (a refusal rolls nothing back). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    boolean mayFollow(CurrentUser viewer, String topic) {
        String id = topic.substring(TOPIC_PREFIX.length(), topic.length() - TOPIC_SUFFIX.length());
        try {
            safety.readable(viewer, UUID.fromString(id));
            return true;
        } catch (IllegalArgumentException | org.springframework.web.ErrorResponseException notReadable) {
            return false;
        }
    }

    static boolean isTopic(String topic) {
        return topic.startsWith(TOPIC_PREFIX) && topic.endsWith(TOPIC_SUFFIX);
    }

    /** The playbook of an incident's type with its ticks, for those who read the record (others 404); audited. */
    public IncidentPlaybook forIncident(CurrentUser reader, UUID incidentId) {
        Incidents.Row row = safety.readable(reader, incidentId);
        audit.recordRead(reader, SafetyManagement.SUBJECT_KIND, incidentId);
        return state(reader, row);
    }

    /** The same for a record the reader has just opened (and whose read is already audited). */
    @Transactional(readOnly = true)
    public IncidentPlaybook of(CurrentUser reader, Incident incident) {
        return state(reader, safety.readable(reader, incident.id()));
    }

    /**
     * Ticks a step of the incident's playbook off ({@code done}) or back on, for those who read the
     * record (others 404). Each change is its own entry with who and when; asking for the state a
     * step already has changes nothing. A draft 409; a step not in the playbook 404. Pages showing
     * the record hear of the change on the live stream ({@link #topic(UUID)}, no content) and redraw
     * the playbook.
     */
    public IncidentPlaybook tick(CurrentUser person, UUID incidentId, String stepId, boolean done) {
        Incidents.Row row = safety.readable(person, incidentId);
        if (row.status() != IncidentStatus.SUBMITTED) {
            throw Problems.conflict("safety.playbook.draft");
        }
        IncidentPlaybook current = state(person, row);
        IncidentPlaybook.StepState step = current.steps().stream().filter(s -> s.id().equals(stepId)).findFirst()
                .orElseThrow(Problems::notFound);
        if (step.done() != done) {
            jdbc.sql("""
                    INSERT INTO safety_playbook_tick (id, incident_id, org_id, step_id, step_text, done, person_id, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), incidentId, person.organizationId(), stepId, step.text(), done,
                            person.personId(), Timestamp.from(Instant.now()))
                    .update();
            UUID orgId = person.organizationId();
            LiveStream.afterCommit(() -> live.publish(orgId, topic(incidentId), viewer -> true, TICK_EVENT, Map.of()));
        }
        return state(person, row);
    }

    private IncidentPlaybook state(CurrentUser reader, Incidents.Row row) {
        Locale locale = reader.locale();
        String code = row.typeCode();
        Playbook playbook = code == null ? null : types.find(reader.organizationId(), code, locale)
                .map(type -> playbook(type, stored(reader.organizationId(), code).get(code), locale)).orElse(null);
        Map<UUID, String> names = new HashMap<>();
        for (PersonView person : directory.people(reader)) {
            names.put(person.id(), person.name());
        }
        String former = messages.getMessage("safety.person.former", null, locale);
        List<IncidentPlaybook.Tick> log = jdbc.sql("""
                SELECT step_id, step_text, done, person_id, created_at FROM safety_playbook_tick
                WHERE incident_id = ? ORDER BY created_at, id""").param(row.id())
                .query((rs, n) -> {
                    UUID by = rs.getObject("person_id", UUID.class);
                    return new IncidentPlaybook.Tick(rs.getString("step_id"), rs.getString("step_text"),
                            rs.getBoolean("done"), by == null ? former : names.getOrDefault(by, former),
                            rs.getTimestamp("created_at").toInstant());
                }).list();
        Map<String, IncidentPlaybook.Tick> latest = new HashMap<>();
        log.forEach(tick -> latest.put(tick.stepId(), tick));
        List<IncidentPlaybook.StepState> steps = new ArrayList<>();
        if (playbook != null) {
            for (Playbook.Step step : playbook.steps()) {
                IncidentPlaybook.Tick tick = latest.get(step.id());
                boolean done = tick != null && tick.done();
                steps.add(new IncidentPlaybook.StepState(step.id(), step.text(), done, done ? tick.byName() : null,
                        done ? tick.at() : null));
            }
        }
        return new IncidentPlaybook(row.id(), code == null ? "" : code,
                types.label(reader.organizationId(), code, locale), playbook == null ? null : playbook.source(), steps,
                log, row.status() == IncidentStatus.SUBMITTED);
    }

    // ---- storage and shipped steps -----------------------------------------------------------------

    private record Stored(@Nullable String source, List<Playbook.Step> steps) {}

    private Map<String, Stored> stored(UUID orgId, @Nullable String onlyCode) {
        Map<String, String> sources = new LinkedHashMap<>();
        jdbc.sql("SELECT type_code, source FROM safety_playbook WHERE org_id = ?" + (onlyCode == null ? "" : " AND type_code = ?"))
                .params(onlyCode == null ? new Object[] {orgId} : new Object[] {orgId, onlyCode})
                .query((rs, n) -> {
                    sources.put(rs.getString("type_code"), rs.getString("source"));
                    return n;
                }).list();
        Map<String, List<Playbook.Step>> steps = new HashMap<>();
        jdbc.sql("""
                SELECT type_code, step_id, body FROM safety_playbook_step WHERE org_id = ?""" + (onlyCode == null ? ""
                        : " AND type_code = ?") + " ORDER BY type_code, position")
                .params(onlyCode == null ? new Object[] {orgId} : new Object[] {orgId, onlyCode})
                .query((rs, n) -> {
                    steps.computeIfAbsent(rs.getString("type_code"), c -> new ArrayList<>())
                            .add(new Playbook.Step(rs.getString("step_id"), rs.getString("body")));
                    return n;
                }).list();
        Map<String, Stored> stored = new HashMap<>();
        sources.forEach((code, source) -> stored.put(code, new Stored(source, steps.getOrDefault(code, List.of()))));
        return stored;
    }

    private Playbook playbook(IncidentType type, @Nullable Stored stored, Locale locale) {
        if (stored != null) {
            return new Playbook(type.code(), type.label(), true, type.retired(), stored.source(), stored.steps());
        }
        Optional<String> key = shippedKey(type);
        if (key.isEmpty()) {
            return new Playbook(type.code(), type.label(), false, type.retired(), null, List.of());
        }
        String prefix = "safety.playbook.shipped." + key.get() + ".";
        List<Playbook.Step> steps = new ArrayList<>();
        for (int n = 1; n <= STEPS_MAX; n++) {
            String text = messages.getMessage(prefix + n, null, null, locale);
            if (text == null) {
                break;
            }
            steps.add(new Playbook.Step(String.valueOf(n), text));
        }
        return new Playbook(type.code(), type.label(), false, type.retired(),
                messages.getMessage(prefix + "source", null, null, locale), steps);
    }

    private static Optional<String> shippedKey(IncidentType type) {
        if (!type.builtIn()) {
            return Optional.empty();
        }
        return Optional.of(SHIPPED.contains(type.code()) ? type.code() : GENERAL);
    }

    private static String newId(Set<String> taken) {
        String id;
        do {
            id = UUID.randomUUID().toString();
        } while (!taken.add(id));
        return id;
    }
}
