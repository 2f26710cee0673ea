package org.shelfcare.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.shelfcare.web.Problems;
import org.springframework.stereotype.Component;

/**
 * Passwords after NIST SP 800-63B rev. 4: at least 15 characters, no composition rules, at most
 * 256, and none from the shipped list of common and breached passwords, nor the person's own
 * email, username or name.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 15;
    static final int MAX_LENGTH = 256;

    private final Set<String> common;

    PasswordPolicy() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/common-passwords.txt")), StandardCharsets.UTF_8))) {
            in.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.common = Set.copyOf(words);
    }

    /** Answers 400 with a reason on the {@code field} when the password breaks the policy. */
    void check(String field, @Nullable String password, String... personal) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw Problems.invalid(field, "password.tooShort", MIN_LENGTH);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw Problems.invalid(field, "password.tooLong", MAX_LENGTH);
        }
        String folded = password.toLowerCase(Locale.ROOT).strip();
        if (common.contains(folded) || isRepetitive(folded)) {
            throw Problems.invalid(field, "password.common");
        }
        for (String own : personal) {
            if (own != null && !own.isBlank() && folded.equals(own.toLowerCase(Locale.ROOT).strip())) {
                throw Problems.invalid(field, "password.personal");
            }
        }
    }

    /** "aaaaaaaaaaaaaaa", "abcabcabcabcabc": one short unit repeated. */
    private static boolean isRepetitive(String password) {
        for (int unit = 1; unit <= 4; unit++) {
            if (password.length() % unit == 0 && password.equals(password.substring(0, unit).repeat(password.length() / unit))) {
                return true;
            }
        }
        return false;
    }
}
