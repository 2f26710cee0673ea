package org.shelfcare.wellbeing.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.wellbeing.Affirmation;
import org.shelfcare.wellbeing.Reflection;
import org.shelfcare.wellbeing.ReflectionDraft;
import org.shelfcare.wellbeing.ReflectionKind;
import org.shelfcare.wellbeing.Reflections;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.ListPage;
import org.shelfcare.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The caller's own intentions ({@code /intentions}), joy log ({@code /joy}) and gratitude notes
 * ({@code /gratitude}) as JSON, and the affirmations. Nobody else's reflection can be reached:
 * another person's id answers 404 whatever the caller's role.
 */
@ApiController("/api/v1/wellbeing")
class ReflectionsApiController {

    private static final String KIND = "/" + ReflectionKind.SLUGS;

    private final Reflections reflections;

    ReflectionsApiController(Reflections reflections) {
        this.reflections = reflections;
    }

    /** A reflection as the API shows it; {@code readable} is false (and {@code text} null) once its key is gone. */
    record ReflectionJson(UUID id, LocalDate date, @Nullable String text, boolean readable, Instant createdAt) {

        static ReflectionJson of(Reflection r) {
            return new ReflectionJson(r.id(), r.date(), r.text(), !r.unreadable(), r.createdAt());
        }
    }

    record ReflectionRequest(@Nullable String text, @Nullable String date) {

        ReflectionDraft draft() {
            return new ReflectionDraft(text, date);
        }
    }

    record AffirmationRequest(@Nullable String text) {}

    record TodaysAffirmation(LocalDate date, String text) {}

    record Created(UUID id) {}

    @Operation(summary = "Write an intention (one a day), a joy entry or a gratitude note; the date defaults to today")
    @PostMapping(KIND)
    @ResponseStatus(HttpStatus.CREATED)
    Created create(CurrentUser user, @PathVariable String kind, @RequestBody ReflectionRequest request) {
        return new Created(reflections.write(user, kind(kind), request.draft()));
    }

    @Operation(summary = "The caller's own intentions, joy entries or gratitude notes, newest first")
    @GetMapping(KIND)
    ListPage<ReflectionJson> list(CurrentUser user, @PathVariable String kind,
            @RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "100") int limit) {
        return ListPage.of(reflections.reflections(user, kind(kind)).stream().map(ReflectionJson::of).toList(), cursor,
                limit);
    }

    @Operation(summary = "One of the caller's own reflections; anyone else's answers 404")
    @GetMapping(KIND + "/{id}")
    ReflectionJson get(CurrentUser user, @PathVariable String kind, @PathVariable UUID id) {
        return ReflectionJson.of(reflections.reflection(user, kind(kind), id));
    }

    @Operation(summary = "Replace the text (and, except for an intention, the date) of one of the caller's own reflections")
    @PutMapping(KIND + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void update(CurrentUser user, @PathVariable String kind, @PathVariable UUID id,
            @RequestBody ReflectionRequest request) {
        reflections.change(user, kind(kind), id, request.draft());
    }

    @Operation(summary = "Delete one of the caller's own reflections")
    @DeleteMapping(KIND + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user, @PathVariable String kind, @PathVariable UUID id) {
        reflections.delete(user, kind(kind), id);
    }

    @Operation(summary = "Today's affirmation, in the caller's language")
    @GetMapping("/affirmations/today")
    TodaysAffirmation today(CurrentUser user, Locale locale) {
        return new TodaysAffirmation(reflections.today(user), reflections.affirmationOfToday(user, locale));
    }

    @Operation(summary = "The library's own affirmations, which join the daily rotation")
    @GetMapping("/affirmations")
    ListPage<Affirmation> affirmations(CurrentUser user, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(defaultValue = "100") int limit) {
        return ListPage.of(reflections.libraryAffirmations(user), cursor, limit);
    }

    @Operation(summary = "Add one of the library's own affirmations (wellness leads and admins)")
    @PostMapping("/affirmations")
    @ResponseStatus(HttpStatus.CREATED)
    Created addAffirmation(CurrentUser user, @RequestBody AffirmationRequest request) {
        return new Created(reflections.addAffirmation(user, request.text()));
    }

    @Operation(summary = "Delete one of the library's own affirmations (wellness leads and admins)")
    @DeleteMapping("/affirmations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteAffirmation(CurrentUser user, @PathVariable UUID id) {
        reflections.deleteAffirmation(user, id);
    }

    private static ReflectionKind kind(String slug) {
        return ReflectionKind.ofSlug(slug).orElseThrow(Problems::notFound);
    }
}
