package org.shelfcare.web;

import java.util.List;

/**
 * Input that breaks a rule only the service can check (a common password, an unknown branch).
 * Answers 400 with one {@code errors} entry per field in the API, and a form error on pages.
 */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super("invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One field's problem, as a message code and its arguments. */
    public record FieldError(String field, String messageCode, Object[] args) {}
}
