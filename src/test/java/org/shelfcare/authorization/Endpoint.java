package org.shelfcare.authorization;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One endpoint's rows in the authorization matrix: how to call it in the test world, and the
 * status each actor must get. Rows that must be refused are written out like the others.
 */
public final class Endpoint {

    final String method;
    final String pattern;
    BiFunction<World, Actor, String> path;
    @Nullable BiFunction<World, Actor, String> json;
    @Nullable BiFunction<World, Actor, Map<String, String>> form;
    @Nullable String contentType;
    final Map<Actor, Integer> expected = new EnumMap<>(Actor.class);

    private Endpoint(String method, String pattern) {
        this.method = method;
        this.pattern = pattern;
        this.path = (w, a) -> pattern;
    }

    public static Endpoint get(String pattern) { return new Endpoint("GET", pattern); }
    public static Endpoint post(String pattern) { return new Endpoint("POST", pattern); }
    public static Endpoint put(String pattern) { return new Endpoint("PUT", pattern); }
    public static Endpoint patch(String pattern) { return new Endpoint("PATCH", pattern); }
    public static Endpoint delete(String pattern) { return new Endpoint("DELETE", pattern); }

    /** The concrete path to call, built from the world's objects. */
    public Endpoint path(Function<World, String> path) {
        this.path = (w, a) -> path.apply(w);
        return this;
    }

    /** A concrete path per actor, e.g. to the actor's own object. */
    public Endpoint path(BiFunction<World, Actor, String> path) {
        this.path = path;
        return this;
    }

    /** A JSON body, built per actor (so that each actor's request can be unique). */
    public Endpoint json(BiFunction<World, Actor, String> json) {
        this.json = json;
        return this;
    }

    public Endpoint json(String json) {
        return json((w, a) -> json);
    }

    /** A body of another media type, such as a {@code text/csv} upload. */
    public Endpoint body(String contentType, BiFunction<World, Actor, String> body) {
        this.contentType = contentType;
        return json(body);
    }

    /** Form fields, for page forms. */
    public Endpoint form(BiFunction<World, Actor, Map<String, String>> form) {
        this.form = form;
        return this;
    }

    /** {@code status} for each of {@code actors}. */
    public Endpoint expect(int status, Actor... actors) {
        for (Actor actor : actors) {
            if (expected.put(actor, status) != null) {
                throw new IllegalStateException(method + " " + pattern + " has two rows for " + actor);
            }
        }
        return this;
    }

    /** {@code status} for every actor that has no row yet. */
    public Endpoint otherwise(int status) {
        for (Actor actor : Actor.values()) {
            expected.putIfAbsent(actor, status);
        }
        return this;
    }

    String key() {
        return method + " " + pattern;
    }
}
