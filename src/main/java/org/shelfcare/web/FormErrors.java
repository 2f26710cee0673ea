package org.shelfcare.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A form's errors in the person's language, for the error summary at the top of the form and the
 * message beside each field. The form keeps everything the person typed.
 */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(Map.of());

    private final Map<String, String> byField;

    private FormErrors(Map<String, String> byField) {
        this.byField = byField;
    }

    public static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ObjectError error : result.getAllErrors()) {
            String field = error instanceof FieldError f ? f.getField() : "form";
            errors.putIfAbsent(field, messages.getMessage(error, locale));
        }
        return new FormErrors(errors);
    }

    public static FormErrors of(InvalidInput invalid, MessageSource messages, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (InvalidInput.FieldError error : invalid.errors()) {
            errors.putIfAbsent(error.field(),
                    messages.getMessage(error.messageCode(), error.args(), error.messageCode(), locale));
        }
        return new FormErrors(errors);
    }

    /** A form-wide error, such as a conflict, shown in the summary. */
    public static FormErrors form(String field, String message) {
        return new FormErrors(Map.of(field, message));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public @Nullable String message(String field) {
        return byField.get(field);
    }

    /** The errors in form order, as (field, message) pairs for the summary's links. */
    public List<Map.Entry<String, String>> all() {
        return new ArrayList<>(byField.entrySet());
    }
}
