package se.lyssna.backend.closing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.security.Roles;

@Path("/api/v1/admin/rounds/{roundId}/close")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SURVEY_ADMIN)
@Tag(name = "Rounds", description = "Survey rounds (survey-admin)")
public class RoundClosingResource {
    private final RoundClosing closing;

    RoundClosingResource(RoundClosing closing) {
        this.closing = closing;
    }

    @POST
    @Operation(summary = "Close a round: no more answers; results are frozen with disclosure control")
    public RoundViews.RoundView close(@PathParam("roundId") UUID roundId) {
        return closing.close(roundId);
    }
}
