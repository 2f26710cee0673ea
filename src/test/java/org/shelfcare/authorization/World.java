package org.shelfcare.authorization;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.support.Fixtures;

/**
 * The test world of the matrix: a home library with one person per actor, and another library.
 * Modules that need objects (a session, an incident) create them lazily through {@link #shared}.
 */
public final class World {

    private final Fixtures.Library home;
    private final Fixtures.Library other;
    private final Map<Actor, CurrentUser> people = new EnumMap<>(Actor.class);
    private final Map<String, Object> shared = new java.util.HashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    private final org.springframework.context.ApplicationContext context;

    World(Fixtures fixtures, org.springframework.context.ApplicationContext context) {
        this.context = context;
        home = fixtures.library("Matrix Home Library");
        other = fixtures.library("Matrix Other Library");
        people.put(Actor.ADMIN, home.admin());
        people.put(Actor.STAFF, home.person("Matrix Staff"));
        CurrentUser supervisor = home.person("Matrix Supervisor", Role.SUPERVISOR);
        people.put(Actor.SUPERVISOR, supervisor);
        people.put(Actor.REPORT, home.reportOf(supervisor, "Matrix Report"));
        people.put(Actor.WELLNESS_LEAD, home.person("Matrix Wellness Lead", Role.WELLNESS_LEAD));
        people.put(Actor.SAFETY_LEAD, home.person("Matrix Safety Lead", Role.SAFETY_LEAD));
        people.put(Actor.CARE_CONTACT, home.person("Matrix Care Contact", Role.CARE_CONTACT));
        people.put(Actor.OPERATOR, home.operator("Matrix Operator"));
        people.put(Actor.OTHER_ORG_ADMIN, other.admin());
    }

    /** A bean of the application, for rows that prepare objects through a module's own services. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public CurrentUser person(Actor actor) {
        CurrentUser person = people.get(actor);
        if (person == null) {
            throw new IllegalArgumentException("no person for " + actor);
        }
        return person;
    }

    public Fixtures.Library home() {
        return home;
    }

    public Fixtures.Library other() {
        return other;
    }

    public UUID id(Actor actor) {
        return person(actor).personId();
    }

    /** A number unique in this world, for unique names and emails in request bodies. */
    public int unique() {
        return sequence.incrementAndGet();
    }

    /** An object made once and shared by the rows that need it. */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, java.util.function.Supplier<T> make) {
        return (T) shared.computeIfAbsent(key, k -> make.get());
    }
}
