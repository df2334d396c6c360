package se.lyssna.backend.results;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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

    /** The code from a child's letter; in the body, never the path, so that no URL or proxy log carries it. */
    public record ByCode(@NotBlank @Size(max = 64) String code) {
    }

    @POST
    @Path("/by-code")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The child-friendly summary of the newest published round of the unit a code belongs to;"
            + " the code (used or not) is not consumed, and wrong codes are throttled like redemption")
    public ResultsViews.Feedback byCode(@Valid ByCode request, @Context HttpServerRequest http) {
        // The address is used, in memory only, to slow down guessing; see CodeGuessingGuard.
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return feedback.latestByCode(request.code(), client);
    }

    @GET
    @Path("/rounds/{roundId}/units/{unit}")
    @Operation(summary = "Per area: the share of positive answers at the unit and in the nation (protected),"
            + " and what the unit's council did about it; nothing while the round is open")
    public ResultsViews.Feedback feedback(@PathParam("roundId") UUID roundId, @PathParam("unit") String unitCode) {
        return feedback.feedback(roundId, unitCode);
    }
}
