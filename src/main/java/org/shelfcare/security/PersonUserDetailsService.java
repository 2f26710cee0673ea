package org.shelfcare.security;

import java.time.Instant;
import java.util.List;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.SignInAccount;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the account for what was typed on the sign-in page: an email or a username. The session's
 * principal is the person's id; roles are read fresh on every request.
 */
@Component
class PersonUserDetailsService implements UserDetailsService {

    private final DirectoryManagement directory;

    PersonUserDetailsService(DirectoryManagement directory) {
        this.directory = directory;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        SignInAccount account = directory.signInAccount(login)
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        Instant lockedUntil = account.lockedUntil();
        return User.withUsername(account.personId().toString())
                .password(account.passwordHash())
                .disabled(!account.active())
                .accountLocked(lockedUntil != null && lockedUntil.isAfter(Instant.now()))
                .authorities(List.of())
                .build();
    }
}
