package org.shelfcare.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Failures on pages end on a friendly page in the person's language, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final PageAdvice pages;

    PageExceptionHandler(PageAdvice pages) {
        this.pages = pages;
    }

    @ExceptionHandler(ErrorResponseException.class)
    ModelAndView problem(ErrorResponseException ex, HttpServletRequest request, HttpServletResponse response) {
        int status = ex.getStatusCode().value();
        String code = ex.getDetailMessageCode();
        return ErrorPages.view(pages.build(request), response, status,
                code == null ? ErrorPages.messageFor(status) : code, ex.getDetailMessageArguments());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
        log.error("Unexpected failure on {}", request.getRequestURI(), ex);
        return ErrorPages.view(pages.build(request), response, 500, "problem.unexpected", null);
    }
}
