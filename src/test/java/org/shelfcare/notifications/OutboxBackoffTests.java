package org.shelfcare.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxBackoffTests {

    @Test
    void retriesWaitOneMinuteThenTwiceAsLongEachTimeAtMostAnHour() {
        assertThat(EmailOutbox.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(EmailOutbox.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(EmailOutbox.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(EmailOutbox.backoff(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(EmailOutbox.backoff(7)).isEqualTo(Duration.ofHours(1));
        assertThat(EmailOutbox.backoff(500)).isEqualTo(Duration.ofHours(1));
    }
}
