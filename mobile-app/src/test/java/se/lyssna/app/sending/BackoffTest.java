package se.lyssna.app.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delay_whenAttemptsGrow_doublesUpToTheCap() {
        Backoff b = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30));
        assertThat(b.delay(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(b.delay(1)).isEqualTo(Duration.ofSeconds(4));
        assertThat(b.delay(3)).isEqualTo(Duration.ofSeconds(16));
        assertThat(b.delay(4)).isEqualTo(Duration.ofSeconds(30));
        assertThat(b.delay(500)).isEqualTo(Duration.ofSeconds(30));
    }
}
