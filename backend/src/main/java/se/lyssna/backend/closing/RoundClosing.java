package se.lyssna.backend.closing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import se.lyssna.backend.participation.ResponseMixer;
import se.lyssna.backend.results.PublicationService;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews;

/**
 * Closing a round, the one workflow and its order, in one transaction: (0) the round's row is taken, which waits for
 * the submissions still in flight (each holds it open until it commits), (1) every submission waiting in the inbox is
 * mixed into the response tables, (2) the round is marked closed, so no more codes or answers are taken, (3) its
 * results are computed once with disclosure control and frozen. Publishing before the flush would freeze figures
 * that miss children who already answered. It lives above rounds, participation and results, so none of them
 * depends on another to close.
 */
@ApplicationScoped
public class RoundClosing {
    private final RoundService rounds;
    private final ResponseMixer mixer;
    private final PublicationService publication;

    RoundClosing(RoundService rounds, ResponseMixer mixer, PublicationService publication) {
        this.rounds = rounds;
        this.mixer = mixer;
        this.publication = publication;
    }

    /** Closes the round (idempotent: closing a closed round changes nothing) and returns its view. */
    @Transactional
    public RoundViews.RoundView close(UUID roundId) {
        // First, so that every submission still in flight has committed before the inbox is emptied.
        rounds.lockForClosing(roundId);
        if (!rounds.isClosed(roundId)) {
            mixer.flushInbox();
            rounds.markClosed(roundId);
            publication.publish(roundId);
        }
        return rounds.view(roundId);
    }
}
