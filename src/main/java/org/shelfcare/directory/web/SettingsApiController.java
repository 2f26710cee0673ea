package org.shelfcare.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.LibrarySettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The caller's library settings (admins). */
@org.shelfcare.web.ApiController("/api/v1/organization/settings")
class SettingsApiController {

    private final LibrarySettings settings;

    SettingsApiController(LibrarySettings settings) {
        this.settings = settings;
    }

    @Operation(summary = "Admins: the library's name, terms, modules, anonymity threshold, time zone and language")
    @GetMapping
    LibrarySettings.View get(CurrentUser user) {
        return settings.settings(user);
    }

    @Operation(summary = "Admins: change settings; omitted fields stay; the threshold is never below 3")
    @PatchMapping
    LibrarySettings.View patch(CurrentUser user, @RequestBody LibrarySettings.Change change) {
        return settings.update(user, change);
    }
}
