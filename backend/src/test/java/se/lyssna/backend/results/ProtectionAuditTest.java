package se.lyssna.backend.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.results.disclosure.AuditedProtection;
import se.lyssna.backend.results.disclosure.DisclosureAudit;

/**
 * The audit over random rounds (issue 11): with audit-driven suppression it finds no hidden number narrowed below
 * the threshold and no attribute disclosure; with the heuristic alone it finds leaks. The number of rounds is
 * {@code -Dlyssna.audit.rounds} (default 50), thresholds 5 and 3 alternately.
 */
class ProtectionAuditTest {
    private static final int ROUNDS = Integer.getInteger("lyssna.audit.rounds", 50);

    @Test
    void auditDrivenSuppression_leavesNothingDerivable_inRandomRounds() {
        List<String> leaks = new ArrayList<>();
        long start = System.nanoTime();
        int hidden = 0;
        int programs = 0;
        for (int seed = 0; seed < ROUNDS; seed++) {
            RandomRounds.Round round = RandomRounds.round(seed, seed % 2 == 0 ? 5 : 3);
            AuditedProtection.Outcome outcome = round.protect(true, 0);
            hidden += outcome.hiddenByAudit();
            programs += outcome.audit().programs();
            outcome.audit().findings().forEach(f -> leaks.add("seed " + round.threshold() + "/" + f));
            System.out.printf("round %d: %d audit rounds, %d hidden by audit, %d numbers, %d programs, %d leaks%n",
                    seed, outcome.rounds(), outcome.hiddenByAudit(), outcome.audit().hiddenNumbers(),
                    outcome.audit().programs(), outcome.audit().findings().size());
        }
        System.out.printf("%d rounds in %.1f s, %d figures hidden by the audit, %d programs%n", ROUNDS,
                (System.nanoTime() - start) / 1e9, hidden, programs);
        assertThat(leaks).as("hidden numbers narrowed below T, or groups all alike").isEmpty();
    }

    @Test
    void theAuditHasTeeth_theHeuristicAloneLeaks() {
        List<DisclosureAudit.Finding> leaks = new ArrayList<>();
        for (int seed = 0; seed < 6; seed++) {
            leaks.addAll(RandomRounds.round(seed, seed % 2 == 0 ? 5 : 3).protect(false, 0).audit().findings());
        }
        leaks.stream().limit(20).forEach(System.out::println);
        assertThat(leaks).extracting(DisclosureAudit.Finding::kind)
                .contains(DisclosureAudit.Kind.NARROW, DisclosureAudit.Kind.ATTRIBUTE);
    }
}
