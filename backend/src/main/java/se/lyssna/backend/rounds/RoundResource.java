package se.lyssna.backend.rounds;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.security.Roles;

/** Opening and reading rounds; closing is the closing workflow's ({@code closing.RoundClosingResource}). */
@Path("/api/v1/admin/rounds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SURVEY_ADMIN)
@Tag(name = "Rounds", description = "Survey rounds (survey-admin)")
public class RoundResource {
    private final RoundService rounds;

    RoundResource(RoundService rounds) {
        this.rounds = rounds;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a round for a questionnaire version and a set of units")
    public Response open(@Valid RoundViews.NewRound request) {
        return Response.status(201).entity(rounds.open(request)).build();
    }

    @GET
    @Operation(summary = "All rounds, newest first")
    public List<RoundViews.RoundView> list() {
        return rounds.list();
    }

    @GET
    @Path("/{roundId}")
    public RoundViews.RoundView get(@PathParam("roundId") UUID roundId) {
        return rounds.view(roundId);
    }
}
