package org.shelfcare.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure under {@code /api} into RFC 9457 problem details with a sentence in the
 * caller's language, field errors as JSON pointers, and never a stack trace.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("pointer", "#/" + error.getField().replace('.', '/'),
                    "detail", messages.getMessage(error, locale)));
        }
        return validationProblem(errors);
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalidInput(InvalidInput ex) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = ex.errors().stream()
                .map(e -> Map.of("pointer", "#/" + e.field(),
                        "detail", messages.getMessage(e.messageCode(), e.args(), e.messageCode(), locale)))
                .toList();
        return validationProblem(errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "problem.unreadable");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "problem.tooLarge");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("Unexpected failure in the API", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.unexpected");
    }

    private ResponseEntity<Object> validationProblem(List<Map<String, String>> errors) {
        ProblemDetail body = detail(HttpStatus.BAD_REQUEST, "problem.validation");
        body.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String code) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail(status, code));
    }

    private ProblemDetail detail(HttpStatus status, String code) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(code, null, code, LocaleContextHolder.getLocale()));
        body.setType(URI.create("about:blank"));
        return body;
    }
}
