package se.lyssna.backend.participation;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participation", description = "Anonymous participation of children: no account, a code from a letter")
public class ParticipationResource {
    private final ParticipationService participation;
    private final SubmissionService submissions;
    private final JsonWebToken token;

    ParticipationResource(ParticipationService participation, SubmissionService submissions, JsonWebToken token) {
        this.participation = participation;
        this.submissions = submissions;
        this.token = token;
    }

    @POST
    @Path("/participations")
    @PermitAll
    @Operation(summary = "Redeem a participation code for a short-lived submission token")
    public Response redeem(@Valid ParticipationViews.Redeem request, @Context HttpServerRequest http) {
        // The address is used, in memory only, to slow down guessing; see CodeGuessingGuard.
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return Response.status(201).entity(participation.redeem(request.code(), client)).build();
    }

    @POST
    @Path("/responses")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(summary = "Send the answers, once. Retries with the same Idempotency-Key are safe.")
    public Response submit(@Valid ParticipationViews.Submission submission,
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        UUID codeId = UUID.fromString(token.getSubject());
        return Response.status(201).entity(submissions.submit(codeId, idempotencyKey, submission)).build();
    }
}
