package se.lyssna.backend.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the backend. Every date and time decision (is a round open today, the day a response was mixed,
 * when a throttling window ends) reads it, never the JVM's zone: in a container that zone is UTC, which would open
 * and close a Swedish round one or two hours off.
 */
@ApplicationScoped
public class ClockProducer {
    private final ZoneId zone;

    ClockProducer(@ConfigProperty(name = "lyssna.time-zone") String zone) {
        this.zone = ZoneId.of(zone);
    }

    // Application-scoped (a client proxy), so a test can swap in a settable clock with QuarkusMock.
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(zone);
    }
}
