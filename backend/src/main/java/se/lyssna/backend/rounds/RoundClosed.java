package se.lyssna.backend.rounds;

import java.util.UUID;

/** Fired (synchronously, inside the closing transaction) when a round closes; results freeze their tables then. */
public record RoundClosed(UUID roundId) {
}
