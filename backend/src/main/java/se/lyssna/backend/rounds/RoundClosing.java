package se.lyssna.backend.rounds;

/** What must happen to waiting submissions before a round closes; implemented by participation. */
public interface RoundClosing {
    /** Moves every waiting submission into the results tables, whatever the batch size. */
    void flushInbox();
}
