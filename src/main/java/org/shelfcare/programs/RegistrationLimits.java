package org.shelfcare.programs;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the public registration form from being used to flood someone's inbox: so many
 * registrations an hour per client address (as the trusted proxy reports it) and per email
 * address. Counts live in memory, per node; an email address is kept only as its SHA-256.
 */
@Component
class RegistrationLimits {

    private static final int MAX_KEYS = 10_000;

    private final int perAddress;
    private final int perEmail;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_KEYS;
        }
    };

    RegistrationLimits(@Value("${shelfcare.programs.registrations-per-address-per-hour:20}") int perAddress,
            @Value("${shelfcare.programs.registrations-per-email-per-hour:5}") int perEmail) {
        this.perAddress = perAddress;
        this.perEmail = perEmail;
    }

    /** Counts one registration; throws {@link RateLimited} when the address or the email is over its limit. */
    void check(String address, String email) {
        take("a:" + address, perAddress);
        take("e:" + sha256(email.strip().toLowerCase(Locale.ROOT)), perEmail);
    }

    private void take(String key, int perHour) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                    .build());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimited(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1));
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
