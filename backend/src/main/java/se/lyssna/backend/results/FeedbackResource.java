package se.lyssna.backend.results;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.actions.ActionService;
import se.lyssna.backend.problem.ApiProblem;
import se.lyssna.backend.results.ResultsViews.AreaIndex;
import se.lyssna.backend.results.ResultsViews.Side;
import se.lyssna.backend.rounds.RoundEntity;
import se.lyssna.backend.units.UnitEntity;
import se.lyssna.backend.units.UnitService;

/** "What children said": the child-friendly, public summary of a unit, from the same protected figures. */
@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Feedback", description = "Public, child-friendly summary of protected results")
public class FeedbackResource {
    private final ResultsService results;
    private final UnitService units;
    private final ActionService actions;

    FeedbackResource(ResultsService results, UnitService units, ActionService actions) {
        this.results = results;
        this.units = units;
        this.actions = actions;
    }

    @GET
    @Path("/units/{unit}/latest")
    @Operation(summary = "The child-friendly summary of the newest published round the unit took part in")
    public ResultsViews.Feedback latest(@PathParam("unit") String unitCode) {
        RoundEntity round = results.latestPublishedRoundOf(unitCode).orElseThrow(() -> ApiProblem.notFound(
                "No results of '" + unitCode + "' have been published yet"));
        return feedback(round.id(), unitCode);
    }

    @GET
    @Path("/rounds/{roundId}/units/{unit}")
    @Operation(summary = "Per area: the share of positive answers at the unit and in the nation (protected),"
            + " and what the unit's council did about it")
    public ResultsViews.Feedback feedback(@PathParam("roundId") UUID roundId, @PathParam("unit") String unitCode) {
        RoundEntity round = results.round(roundId);
        UnitEntity unit = units.require(unitCode);
        String scope = results.scopeOf(unitCode);
        ResultsViews.FeedbackUnit view = new ResultsViews.FeedbackUnit(unit.code(), unit.name());
        if (!results.isPublished(roundId)) {
            return new ResultsViews.Feedback(round.id(), round.name(), view, false,
                    results.liveRespondents(round, scope), List.of(), actions.publishedFor(unitCode));
        }
        // Validates that the unit took part (404 otherwise).
        results.codesIssued(roundId, scope);
        ResultsViews.Figure respondents = results.respondents(roundId, scope);
        Map<String, AreaIndex> mine = results.areas(roundId, scope);
        Map<String, AreaIndex> nation = results.areas(roundId, Scopes.NATION);
        List<ResultsViews.FeedbackArea> areas = new ArrayList<>();
        mine.forEach((area, index) -> areas.add(new ResultsViews.FeedbackArea(area, side(index),
                side(nation.get(area)))));
        // "You told us … so we …": what the unit's council decided and did, beside what children said.
        return new ResultsViews.Feedback(round.id(), round.name(), view, true, respondents, areas,
                actions.publishedFor(unitCode));
    }

    private static Side side(AreaIndex index) {
        if (index == null) {
            return new Side(null, null, true, "too-few-answers");
        }
        return new Side(index.positivePercent(), index.answers(), index.suppressed(), index.reason());
    }
}
