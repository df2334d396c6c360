package se.lyssna.backend.participation;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.security.Roles;

@Path("/api/v1/admin/rounds/{roundId}")
@RolesAllowed(Roles.SURVEY_ADMIN)
@Tag(name = "Rounds", description = "Survey rounds (survey-admin)")
public class CodeResource {
    private final CodeIssuer issuer;
    private final CodeLetters letters;

    CodeResource(CodeIssuer issuer, CodeLetters letters) {
        this.issuer = issuer;
        this.letters = letters;
    }

    @POST
    @Path("/codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create participation codes for a unit; the codes are shown this once")
    public Response codes(@PathParam("roundId") UUID roundId, @Valid RoundViews.NewCodes request) {
        return Response.status(201).entity(issuer.issue(roundId, request)).build();
    }

    @POST
    @Path("/codes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces("application/pdf")
    @Operation(summary = "Create participation codes for a unit as printable letters, one per page")
    public Response letters(@PathParam("roundId") UUID roundId, @Valid RoundViews.NewCodes request) {
        RoundViews.IssuedCodes codes = issuer.issue(roundId, request);
        return Response.status(201).entity(letters.render(codes))
                .header("Content-Disposition", "attachment; filename=\"lyssna-letters-" + codes.unit() + ".pdf\"")
                .build();
    }

    @GET
    @Path("/monitoring")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Codes issued and used per unit (response rate); never any answers")
    public RoundViews.Monitoring monitoring(@PathParam("roundId") UUID roundId) {
        return issuer.monitoring(roundId);
    }
}
