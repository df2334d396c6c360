package se.lyssna.backend.results;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.lyssna.backend.results.disclosure.Scope;
import se.lyssna.backend.actions.ActionService;
import se.lyssna.backend.participation.CodeUnits;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.results.ResultsViews.AreaIndex;
import se.lyssna.backend.results.ResultsViews.Side;
import se.lyssna.backend.results.disclosure.Reason;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.backend.units.UnitViews.UnitFacts;
import se.lyssna.backend.units.UnitService;

/** The child-friendly, public summary of a unit, from the same frozen, protected figures as every other channel. */
@ApplicationScoped
public class FeedbackService {
    private final ResultsService results;
    private final UnitService units;
    private final ActionService actions;
    private final CodeUnits codeUnits;

    FeedbackService(ResultsService results, UnitService units, ActionService actions, CodeUnits codeUnits) {
        this.results = results;
        this.units = units;
        this.actions = actions;
        this.codeUnits = codeUnits;
    }

    /**
     * The newest published results of the unit a child's code belongs to, used or not; the code is not consumed.
     * Its problems name neither the unit nor whether the code was used (see {@link CodeUnits}).
     */
    public ResultsViews.Feedback latestByCode(String typedCode, String clientAddress) {
        UUID unitId = codeUnits.unitOf(typedCode, clientAddress);
        String unitCode = units.findFacts(unitId).map(UnitFacts::code).orElseThrow();
        // Its own type, so the app can tell "not yet" from a wrong code (redemption tells that apart as well).
        RoundFacts round = results.latestPublishedRoundOf(unitCode).orElseThrow(() -> new DomainException(
                DomainException.Kind.NOT_FOUND, "results-not-published", "Not published yet",
                "No results have been published yet for the place this code belongs to"));
        return feedback(round.id(), unitCode);
    }

    /** The newest published round the unit took part in; 404 when there is none yet. */
    public ResultsViews.Feedback latest(String unitCode) {
        RoundFacts round = results.latestPublishedRoundOf(unitCode).orElseThrow(() -> DomainException.notFound(
                "No results of '" + unitCode + "' have been published yet"));
        return feedback(round.id(), unitCode);
    }

    public ResultsViews.Feedback feedback(UUID roundId, String unitCode) {
        RoundFacts round = results.round(roundId);
        UnitFacts unit = units.facts(unitCode);
        String scope = results.scopeOf(unitCode);
        ResultsViews.FeedbackUnit view = new ResultsViews.FeedbackUnit(unit.code(), unit.name());
        if (!results.isPublished(roundId)) {
            // Public: nothing about an open round, not even a rounded count (polling would pin it in time).
            return new ResultsViews.Feedback(round.id(), round.name(), view, false, ResultsViews.Figure.hidden(),
                    List.of(), actions.publishedFor(unitCode));
        }
        if (results.codesIssued(roundId, scope) == null) {
            throw DomainException.notFound("'" + unitCode + "' took no part in round " + roundId);
        }
        Map<String, AreaIndex> mine = results.areas(roundId, scope);
        Map<String, AreaIndex> nation = results.areas(roundId, Scope.NATION.key());
        List<ResultsViews.FeedbackArea> areas = new ArrayList<>();
        mine.forEach((area, index) -> areas.add(new ResultsViews.FeedbackArea(area, side(index),
                side(nation.get(area)))));
        // "You told us … so we …": what the unit's council decided and did, beside what children said.
        return new ResultsViews.Feedback(round.id(), round.name(), view, true, results.respondents(roundId, scope),
                areas, actions.publishedFor(unitCode));
    }

    private static Side side(AreaIndex index) {
        if (index == null) {
            return new Side(null, null, true, Reason.PUBLIC_KEY);
        }
        return new Side(index.positivePercent(), index.answers(), index.suppressed(), index.reason());
    }
}
