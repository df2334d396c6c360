package se.lyssna.backend.results;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.lyssna.backend.participation.RoundResponses;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.results.disclosure.Cell;
import se.lyssna.backend.results.disclosure.Measure;
import se.lyssna.backend.results.disclosure.Scope;
import se.lyssna.backend.results.disclosure.CellKey;
import se.lyssna.backend.results.disclosure.AuditedProtection;
import se.lyssna.backend.results.disclosure.FreeTextScreen;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.units.UnitKind;
import se.lyssna.backend.units.UnitService;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.backend.units.UnitViews.UnitFacts;

/**
 * Freezes a round's results when it closes: counts every response once, applies disclosure control and writes the
 * protected tables that all queries, exports and reports read. It runs inside the closing transaction, after the
 * inbox was flushed, so the publication holds every response and nothing that arrives later can change it.
 */
@ApplicationScoped
public class PublicationService {
    private static final Logger LOG = Logger.getLogger(PublicationService.class);

    private final UnitService units;
    private final PublishedResults published;
    private final RoundResponses responses;
    private final RoundService rounds;
    private final QuestionnaireRegistry questionnaires;
    private final Clock clock;
    /** How long the audit's linear programs may run at close (propagation always runs to the end). */
    private final double auditSeconds;

    PublicationService(PublishedResults published, RoundResponses responses, RoundService rounds,
                       UnitService units, QuestionnaireRegistry questionnaires,
                       Clock clock, @ConfigProperty(name = "lyssna.results.audit-program-seconds", defaultValue = "0")
                       double auditSeconds) {
        this.auditSeconds = auditSeconds;
        this.units = units;
        this.published = published;
        this.responses = responses;
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /** Computes and stores the protected tables of a closed round, once. */
    public void publish(UUID roundId) {
        if (isPublished(roundId)) {
            return;
        }
        RoundFacts round = rounds.facts(roundId);
        List<UnitFacts> roundUnits = rounds.unitFactsOf(round);
        List<UnitNode> nodes = nodes(roundUnits);
        Aggregation aggregation = aggregate(round, nodes);
        Map<String, Integer> issued = responses.codesIssuedByUnit(roundId);
        AuditedProtection.Outcome outcome = protect(round, aggregation, issued, true);
        if (!outcome.audit().passes()) {
            // Never freeze what the audit cannot prove: the round stays unpublished and closing fails loudly.
            throw new IllegalStateException("Disclosure audit of round " + roundId + " failed: "
                    + outcome.audit().found() + " hidden figures still derivable");
        }
        Map<CellKey, Cell> cells = outcome.cells();

        published.writeRound(roundId, round.threshold(), LocalDate.now(clock));
        writeScopes(roundId, aggregation, roundUnits, issued);
        published.writeCells(roundId, cells.values());
        writeFreeTexts(roundId, round.threshold(), cells, nodes);
        LOG.infof("Published round %s: %d figures, audit passed after %d rounds (%d numbers, %d programs,"
                + " %d not reached by programs in time)", roundId, cells.size(), outcome.rounds(),
                outcome.audit().hiddenNumbers(), outcome.audit().programs(), outcome.audit().unproven());
    }

    /** The protection a round gets (or, with {@code auditDriven} false, the heuristic's alone), without storing it. */
    public AuditedProtection.Outcome protection(UUID roundId, boolean auditDriven) {
        RoundFacts round = rounds.facts(roundId);
        return protect(round, aggregate(round, nodes(rounds.unitFactsOf(round))),
                responses.codesIssuedByUnit(roundId), auditDriven);
    }

    private AuditedProtection.Outcome protect(RoundFacts round, Aggregation aggregation,
                                              Map<String, Integer> issued, boolean auditDriven) {
        return aggregation.protect(round.threshold(), issued, auditDriven, auditSeconds);
    }

    private static List<UnitNode> nodes(List<UnitFacts> roundUnits) {
        return roundUnits.stream().map(u -> new UnitNode(u.code(), u.name(), u.kind().key(),
                u.kind() == UnitKind.MUNICIPALITY ? null : u.countsForMunicipality())).toList();
    }

    /** Every response counted into the round's tables: its band's, and all ages' (see {@link Aggregation}). */
    private Aggregation aggregate(RoundFacts round, List<UnitNode> nodes) {
        Map<String, Questionnaire> byBand = RoundTables.questionnairesByBand(round, questionnaires);
        Map<UUID, String> bandOf = new HashMap<>();
        round.bands().forEach(b -> bandOf.put(b.questionnaireVersionId(), b.band()));
        Aggregation aggregation = Aggregation.ofBands(byBand, nodes);
        responses.forEach(round.id(), response -> {
            Map<String, String> background = new HashMap<>();
            response.background().forEach((variable, value) -> background.put(variable.key(), value));
            aggregation.add(new Respondent(response.unitCode(), background, response.answers()),
                    bandOf.get(response.questionnaireVersionId()));
        });
        return aggregation;
    }

    public boolean isPublished(UUID roundId) {
        return published.isPublished(roundId);
    }

    private void writeScopes(UUID roundId, Aggregation aggregation, List<UnitFacts> roundUnits,
                             Map<String, Integer> issued) {
        Map<Scope, String> names = new HashMap<>();
        Map<Scope, Long> codes = new LinkedHashMap<>();
        for (UnitFacts unit : roundUnits) {
            long count = issued.getOrDefault(unit.code(), 0);
            if (!unit.code().equals(unit.countsForMunicipality())) {
                names.put(new Scope.Unit(unit.code()), unit.name());
                codes.merge(new Scope.Unit(unit.code()), count, Long::sum);
            }
            codes.merge(new Scope.Municipality(unit.countsForMunicipality()), count, Long::sum);
            codes.merge(Scope.NATION, count, Long::sum);
        }
        for (Scope scope : aggregation.scopes()) {
            if (!scope.published()) {
                continue;
            }
            String name = names.get(scope);
            if (name == null) {
                name = scope instanceof Scope.Nation ? "Riket" : municipalityName(scope.code());
            }
            published.writeScope(roundId, scope.key(), name, codes.getOrDefault(scope, 0L).intValue());
        }
    }

    private String municipalityName(String code) {
        return units.findFacts(code).map(UnitFacts::name).orElse(code);
    }

    private void writeFreeTexts(UUID roundId, int threshold, Map<CellKey, Cell> cells, List<UnitNode> nodes) {
        List<RoundResponses.FreeText> rows = responses.freeTexts(roundId);
        Map<String, UnitNode> byCode = new HashMap<>();
        nodes.forEach(n -> byCode.put(n.code(), n));
        // Sorted, so the order says nothing about when a text was written.
        Map<String, List<String[]>> byScope = new TreeMap<>();
        for (RoundResponses.FreeText row : rows) {
            UnitNode node = byCode.get(row.unitCode());
            if (node == null) {
                continue;
            }
            Cell leaf = cells.get(new CellKey(node.leafScope(), CellKey.ALL, Measure.RESPONDENTS));
            boolean leafSafe = node.isMunicipality() ? leaf.size() >= threshold : leaf.reason() == null;
            Scope municipality = node.municipalityScope();
            Cell parent = cells.get(new CellKey(municipality, CellKey.ALL, Measure.RESPONDENTS));
            if (!leafSafe) {
                continue;
            }
            String[] text = {row.itemId(), FreeTextScreen.redact(row.text())};
            if (!node.isMunicipality()) {
                byScope.computeIfAbsent(node.leafScope().key(), k -> new ArrayList<>()).add(text);
            }
            if (parent.reason() == null) {
                byScope.computeIfAbsent(municipality.key(), k -> new ArrayList<>()).add(text);
            }
        }
        byScope.forEach((scope, texts) -> {
            texts.sort((a, b) -> (a[0] + a[1]).compareTo(b[0] + b[1]));
            for (String[] text : texts) {
                published.writeFreeText(roundId, scope, text[0], text[1]);
            }
        });
    }

}
