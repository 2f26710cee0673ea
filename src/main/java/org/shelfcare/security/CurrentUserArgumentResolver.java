package org.shelfcare.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lets controllers take the signed-in {@link CurrentUser} as a parameter, or
 * {@code Optional<CurrentUser>} on pages that also serve visitors who are not signed in.
 */
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    private final CurrentUsers currentUsers;

    CurrentUserArgumentResolver(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CurrentUser.class.equals(parameter.getParameterType()) || (Optional.class.equals(parameter.getParameterType())
                && CurrentUser.class.equals(parameter.nested().getNestedParameterType()));
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mav, NativeWebRequest request,
            @Nullable WebDataBinderFactory binders) {
        HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
        Optional<CurrentUser> user = currentUsers.of(java.util.Objects.requireNonNull(servlet));
        if (Optional.class.equals(parameter.getParameterType())) {
            return user;
        }
        return user.orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    }
}
