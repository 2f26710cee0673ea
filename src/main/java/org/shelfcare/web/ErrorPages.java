package org.shelfcare.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The one error page, shared by the exception handler and the servlet error route. */
final class ErrorPages {

    private ErrorPages() {}

    static String messageFor(int status) {
        return switch (status) {
            case 400 -> "problem.badRequest";
            case 401 -> "problem.unauthorized";
            case 403 -> "problem.forbidden";
            case 404, 405 -> "problem.notFound";
            case 409 -> "problem.conflict";
            case 410 -> "problem.gone";
            case 413 -> "problem.tooLarge";
            case 429 -> "problem.tooMany";
            default -> "problem.unexpected";
        };
    }

    static ModelAndView view(Page page, HttpServletResponse response, int status, String messageCode,
            Object @Nullable [] args) {
        response.setStatus(status);
        ModelAndView view = new ModelAndView("web/error", Map.of("page", page, "status", status,
                "message", page.t(messageCode, args == null ? new Object[0] : args)));
        view.setStatus(HttpStatus.valueOf(status));
        return view;
    }
}
