package org.shelfcare.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * RFC 9457 problems whose human sentence comes from the message bundles, so that the API and the
 * pages answer in the person's language. The handlers in this package render them.
 */
public final class Problems {

    private Problems() {}

    /** Something the caller may not see, or that belongs to another organization. */
    public static ErrorResponseException notFound() {
        return of(HttpStatus.NOT_FOUND, "problem.notFound");
    }

    /** An action the caller's role lacks on something they can see. */
    public static ErrorResponseException forbidden() {
        return of(HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    public static ErrorResponseException conflict(String messageCode, Object... args) {
        return of(HttpStatus.CONFLICT, messageCode, args);
    }

    public static ErrorResponseException gone(String messageCode, Object... args) {
        return of(HttpStatus.GONE, messageCode, args);
    }

    public static ErrorResponseException of(HttpStatus status, String messageCode, Object... args) {
        return new ErrorResponseException(status, ProblemDetail.forStatus(status), null, messageCode, args);
    }

    /** A validation failure found by the service rather than by bean validation. */
    public static InvalidInput invalid(String field, String messageCode, Object... args) {
        return new InvalidInput(List.of(new InvalidInput.FieldError(field, messageCode, args)));
    }
}
