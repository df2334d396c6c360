package se.lyssna.backend.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.backend.support.TestApi;

/**
 * Trends read the facts of every round they follow; a closed round's never change, so a replica keeps them once
 * committed, and never an open round's, nor what a transaction that may roll back (the console's preview) sees.
 */
@QuarkusTest
class ClosedRoundFactsTest {
    @Inject
    ResultsService results;

    @Inject
    EntityManager entityManager;

    @Test
    void round_whenClosed_isKept() {
        UUID round = TestApi.openRound(TestApi.newCareUnit("hvb"));
        TestApi.closeRound(round);
        RoundFacts first = results.round(round);
        assertThat(first.closed()).isTrue();
        assertThat(results.round(round)).isSameAs(first);
    }

    @Test
    void round_whenOpen_isReadEachTime() {
        UUID round = TestApi.openRound(TestApi.newCareUnit("hvb"));
        assertThat(results.round(round)).isNotSameAs(results.round(round));
    }

    @Test
    void round_whenClosedInATransactionThatRollsBack_isNotKept() {
        UUID round = TestApi.openRound(TestApi.newCareUnit("hvb"));
        QuarkusTransaction.begin();
        try {
            entityManager.createNativeQuery("update round set closed = true where id = ?1").setParameter(1, round)
                    .executeUpdate();
            assertThat(results.round(round).closed()).isTrue();
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(results.round(round).closed()).isFalse();
    }
}
