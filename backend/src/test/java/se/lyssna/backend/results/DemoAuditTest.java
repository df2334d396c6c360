package se.lyssna.backend.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.demo.DemoResults;
import se.lyssna.backend.results.disclosure.AuditedProtection;
import se.lyssna.backend.results.disclosure.Cell;
import se.lyssna.backend.results.disclosure.CellKey;

/**
 * The demo rounds (real PostgreSQL, published through the closing path) pass the full audit, propagation and linear
 * programs; prints the share of published figures hidden by the heuristic alone and after the audit-driven step.
 */
@QuarkusTest
class DemoAuditTest {
    @Inject
    DemoResults demo;
    @Inject
    PublicationService publication;

    @Test
    void demoRounds_passTheAudit_andTheCostIsPrinted() {
        List<UUID> rounds = demo.seed();
        for (UUID round : rounds) {
            assertThat(publication.isPublished(round)).as("published only with a passing audit").isTrue();
            AuditedProtection.Outcome heuristic = publication.protection(round, false);
            AuditedProtection.Outcome audited = publication.protection(round, true);
            System.out.printf("demo round %s: hidden %.1f %% with the heuristic alone, %.1f %% after the audit"
                            + " (whole-scope figures %.1f %% and %.1f %%; %d more figures, %d audit rounds, %d"
                            + " numbers, %d programs, %d unproven)%n", round, share(heuristic, false),
                    share(audited, false), share(heuristic, true), share(audited, true), audited.hiddenByAudit(),
                    audited.rounds(), audited.audit().hiddenNumbers(), audited.audit().programs(),
                    audited.audit().unproven());
            assertThat(heuristic.audit().findings()).as("the heuristic alone leaks on the demo").isNotEmpty();
            assertThat(audited.audit().findings()).as("leaks after audit-driven suppression").isEmpty();
        }
    }

    /** The share of published figures hidden; {@code wholeScope}: only those about a scope's whole group. */
    private static double share(AuditedProtection.Outcome outcome, boolean wholeScope) {
        List<Cell> published = outcome.cells().values().stream().filter(c -> !c.unpublished())
                .filter(c -> !wholeScope || c.key().group().equals(CellKey.ALL)).toList();
        return 100.0 * published.stream().filter(Cell::hidden).count() / published.size();
    }
}
