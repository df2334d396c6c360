package se.lyssna.backend.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by hand; installed over the backend's clock with QuarkusMock for one test. */
public final class SettableClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    public SettableClock(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    public void set(String instant) {
        this.now = Instant.parse(instant);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SettableClock(other, now);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
