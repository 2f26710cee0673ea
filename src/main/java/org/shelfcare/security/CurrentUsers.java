package org.shelfcare.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.web.SignedIn;
import org.springframework.stereotype.Component;

/** The signed-in person of a request, loaded once per request from the directory. */
@Component
class CurrentUsers {

    private static final String ATTRIBUTE = CurrentUsers.class.getName();
    private static final Object NOBODY = new Object();

    private final DirectoryManagement directory;

    CurrentUsers(DirectoryManagement directory) {
        this.directory = directory;
    }

    Optional<CurrentUser> of(HttpServletRequest request) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof CurrentUser user) {
            return Optional.of(user);
        }
        if (cached == NOBODY) {
            return Optional.empty();
        }
        Optional<CurrentUser> user = SignedIn.personId().flatMap(directory::currentUser);
        request.setAttribute(ATTRIBUTE, user.isPresent() ? user.get() : NOBODY);
        return user;
    }
}
