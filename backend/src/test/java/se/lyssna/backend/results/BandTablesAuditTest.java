package se.lyssna.backend.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.results.disclosure.Scope;
import se.lyssna.backend.results.disclosure.AuditedProtection;
import se.lyssna.backend.results.disclosure.Cell;
import se.lyssna.backend.results.disclosure.CellKey;
import se.lyssna.backend.results.disclosure.DisclosureAudit;
import se.lyssna.backend.results.disclosure.DisclosureControl;
import se.lyssna.backend.results.disclosure.Publication;
import se.lyssna.backend.results.disclosure.Relation;

/**
 * Rounds of three age bands (issue 14): each band's own table and the all-ages one, all protected together. The
 * audit, which knows that every all-ages figure is the sum of the bands', finds nothing derivable; protection that
 * ignores that sum leaves bands a reader recovers by subtracting the others from all ages.
 */
class BandTablesAuditTest {
    private static final int ROUNDS = Integer.getInteger("lyssna.audit.band-rounds", 10);

    @Test
    void bandAndAllAgesTables_leaveNothingDerivable() {
        List<String> leaks = new ArrayList<>();
        int bandFigures = 0;
        int bandPublished = 0;
        for (int seed = 0; seed < ROUNDS; seed++) {
            RandomRounds.Round round = RandomRounds.round(1000 + seed, seed % 2 == 0 ? 5 : 3, true);
            AuditedProtection.Outcome outcome = round.protect(true, 0);
            outcome.audit().findings().forEach(f -> leaks.add(round.threshold() + "/" + f));
            for (Cell cell : outcome.cells().values()) {
                if (!cell.key().band().equals(CellKey.ALL_AGES) && !cell.unpublished()) {
                    bandFigures++;
                    bandPublished += cell.hidden() ? 0 : 1;
                }
            }
        }
        System.out.printf("%d banded rounds: %d band figures offered, %d published%n", ROUNDS, bandFigures,
                bandPublished);
        assertThat(bandPublished).as("some band figures are published at all").isPositive();
        assertThat(leaks).as("hidden numbers narrowed below T, or groups all alike").isEmpty();
    }

    @Test
    void withoutTheSumAcrossBands_aBandIsRecoveredFromAllAges() {
        List<DisclosureAudit.Finding> leaks = new ArrayList<>();
        for (int seed = 0; seed < 8; seed++) {
            RandomRounds.Round round = RandomRounds.round(1000 + seed, seed % 2 == 0 ? 5 : 3, true);
            Aggregation aggregation = round.aggregation();
            Map<Scope, Integer> codes = aggregation.codesByScope(round.issued());
            List<Relation> all = aggregation.relations();
            List<Relation> withoutBands = all.stream().filter(r -> r.kind() != Relation.Kind.BAND).toList();
            Map<CellKey, Cell> cells = new DisclosureControl(round.threshold(),
                    aggregation.cells(codes, round.threshold())).protect(withoutBands);
            leaks.addAll(DisclosureAudit.propagate(new Publication(round.threshold(), cells, all,
                    aggregation.bounds(), codes, aggregation.binarySplits())).findings());
        }
        leaks.stream().limit(10).forEach(System.out::println);
        assertThat(leaks).as("findings about a band's figures").anyMatch(f -> !f.cell().band().equals(
                CellKey.ALL_AGES));
    }
}
