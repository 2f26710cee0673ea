package org.shelfcare.programs;

/** Too many registrations from one address or for one email address: try again after {@code retryAfterSeconds}. */
public class RateLimited extends RuntimeException {

    private final long retryAfterSeconds;

    RateLimited(long retryAfterSeconds) {
        super(null, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
