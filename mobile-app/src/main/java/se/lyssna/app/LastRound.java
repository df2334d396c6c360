package se.lyssna.app;

import java.util.Optional;
import se.lyssna.app.nav.Destination;

/** Remembers, in memory only, which round and unit the child's code belonged to (never written to disk). */
public class LastRound {
    private Destination.Results value;

    public Optional<Destination.Results> get() {
        return Optional.ofNullable(value);
    }

    public void set(String roundId, String unitCode) {
        value = roundId == null || unitCode == null ? null : new Destination.Results(roundId, unitCode);
    }
}
