package org.shelfcare.resources.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.resources.ResourceDraft;
import org.shelfcare.resources.ResourcesManagement;
import org.shelfcare.resources.SupportResource;
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
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Support resources as JSON. Reading is public (a visitor gets the instance-wide lines, a signed-in
 * person their library's list too) and leaves no trace; admins and wellness leads change their
 * library's own entries.
 */
@ApiController("/api/v1/resources")
class ResourcesApiController {

    private final ResourcesManagement resources;

    ResourcesApiController(ResourcesManagement resources) {
        this.resources = resources;
    }

    /** A resource as the API shows it; {@code instanceDefault} is true for the instance-wide lines. */
    record ResourceJson(UUID id, String category, String name, @Nullable String description, @Nullable String phone,
            @Nullable String phoneLink, @Nullable String sms, @Nullable String smsBody, @Nullable String smsLink,
            @Nullable String webUrl, @Nullable String hours, @Nullable String languages, boolean confidential,
            @Nullable String source, int sortOrder, @Nullable String locale, boolean instanceDefault) {

        static ResourceJson of(SupportResource r) {
            return new ResourceJson(r.id(), r.category().name(), r.name(), r.description(), r.phone(), r.phoneLink(),
                    r.sms(), r.smsBody(), r.smsLink(), r.webUrl(), r.hours(), r.languages(), r.confidential(),
                    r.source(), r.sortOrder(), r.locale(), r.instanceDefault());
        }
    }

    record ResourceRequest(@Nullable String category, @Nullable String locale, @Nullable String name,
            @Nullable String description, @Nullable String phone, @Nullable String sms, @Nullable String smsBody,
            @Nullable String webUrl, @Nullable String hours, @Nullable String languages, @Nullable Boolean confidential,
            @Nullable String source, @Nullable Integer sortOrder) {

        ResourceDraft draft() {
            return new ResourceDraft(category, locale, name, description, phone, sms, smsBody, webUrl, hours, languages,
                    Boolean.TRUE.equals(confidential), source, sortOrder == null ? null : sortOrder.toString());
        }
    }

    record Created(UUID id) {}

    record Visibility(@Nullable Boolean hidden) {}

    @Operation(summary = "Support resources in the caller's language: the instance-wide lines, plus the library's own when signed in")
    @GetMapping
    ListPage<ResourceJson> list(Optional<CurrentUser> user, Locale locale) {
        List<SupportResource> list = user.map(u -> resources.forOrganization(u.organizationId(), locale))
                .orElseGet(() -> resources.instanceDefaults(locale));
        return new ListPage<>(list.stream().map(ResourceJson::of).toList(), null);
    }

    @Operation(summary = "Add an entry to the caller's library (admins and wellness leads)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created create(CurrentUser user, @RequestBody ResourceRequest request) {
        return new Created(resources.add(user, request.draft()));
    }

    @Operation(summary = "Change one of the library's own entries; another library's entry answers 404")
    @PutMapping("/{id}")
    ResourceJson update(CurrentUser user, @PathVariable UUID id, @RequestBody ResourceRequest request) {
        return ResourceJson.of(resources.change(user, id, request.draft()));
    }

    @Operation(summary = "Delete one of the library's own entries; another library's entry answers 404")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user, @PathVariable UUID id) {
        resources.delete(user, id);
    }

    @Operation(summary = "Hide an instance-wide line for the caller's library, or show it again")
    @PutMapping("/{id}/hidden")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void hide(CurrentUser user, @PathVariable UUID id, @RequestBody Visibility request) {
        if (request.hidden() == null) {
            throw Problems.invalid("hidden", "validation.required");
        }
        resources.setDefaultHidden(user, id, request.hidden());
    }
}
