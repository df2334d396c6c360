package se.lyssna.backend.results;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "What children said": the child-friendly, public summary of a unit (views only; {@link FeedbackService}). */
@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Feedback", description = "Public, child-friendly summary of protected results")
public class FeedbackResource {
    private final FeedbackService feedback;

    FeedbackResource(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @GET
    @Path("/units/{unit}/latest")
    @Operation(summary = "The child-friendly summary of the newest published round the unit took part in")
    public ResultsViews.Feedback latest(@PathParam("unit") String unitCode) {
        return feedback.latest(unitCode);
    }

    @GET
    @Path("/rounds/{roundId}/units/{unit}")
    @Operation(summary = "Per area: the share of positive answers at the unit and in the nation (protected),"
            + " and what the unit's council did about it; nothing while the round is open")
    public ResultsViews.Feedback feedback(@PathParam("roundId") UUID roundId, @PathParam("unit") String unitCode) {
        return feedback.feedback(roundId, unitCode);
    }
}
