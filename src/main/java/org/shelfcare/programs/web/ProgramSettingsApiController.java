package org.shelfcare.programs.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.programs.EmbedOrigins;
import org.shelfcare.programs.RegistrationRetention;
import org.shelfcare.web.ApiController;
import org.shelfcare.web.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The programs settings as JSON, for admins: the days registrations are kept and the websites that may frame the listing. */
@ApiController("/api/v1/programs/settings")
class ProgramSettingsApiController {

    private final RegistrationRetention retention;
    private final EmbedOrigins origins;

    ProgramSettingsApiController(RegistrationRetention retention, EmbedOrigins origins) {
        this.retention = retention;
        this.origins = origins;
    }

    record SettingsBody(@Nullable Integer keepRegistrationsDays, @Nullable List<String> embedOrigins) {}

    @Operation(summary = "The programs settings: {\"keepRegistrationsDays\", \"embedOrigins\"}")
    @GetMapping
    SettingsBody settings(CurrentUser user) {
        return new SettingsBody(retention.days(user), origins.origins(user));
    }

    @Operation(summary = "Changes the programs settings: keepRegistrationsDays (1 to 365) and, when given, embedOrigins")
    @PutMapping
    SettingsBody change(CurrentUser user, @RequestBody SettingsBody body) {
        retention.days(user);
        RegistrationRetention.check(body.keepRegistrationsDays());
        if (body.embedOrigins() != null) {
            try {
                origins.replace(user, String.join("\n", body.embedOrigins()));
            } catch (InvalidInput invalid) {
                throw new InvalidInput(invalid.errors().stream().map(e -> "origins".equals(e.field())
                        ? new InvalidInput.FieldError("embedOrigins", e.messageCode(), e.args()) : e).toList());
            }
        }
        retention.set(user, body.keepRegistrationsDays());
        return settings(user);
    }
}
