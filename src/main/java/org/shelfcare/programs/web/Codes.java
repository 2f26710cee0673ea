package org.shelfcare.programs.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;

/** Reading codes, numbers and ids from forms and JSON. */
final class Codes {

    private Codes() {}

    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static @Nullable Integer number(List<InvalidInput.FieldError> errors, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException bad) {
            errors.add(new InvalidInput.FieldError(field, "programs.number", new Object[0]));
            return null;
        }
    }

    /** An id from a form's select; one that is not an id at all names nothing here (404). */
    static @Nullable UUID id(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException bad) {
            throw Problems.notFound();
        }
    }
}
