package se.lyssna.backend.participation;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
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
import java.util.concurrent.Callable;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.lyssna.backend.security.Roles;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participation", description = "Anonymous participation of children: no account, a code from a letter")
// The two child routes return a Uni, so RESTEasy Reactive reads the body on the event loop before the method runs
// (a blocking method reads it on its worker, which then waits for the event loop to hand over each chunk: ~5 % of
// the samples per child, bench/README.md); the database work then runs on a worker thread, in the request's context.
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
    public Uni<Response> redeem(@Valid ParticipationViews.Redeem request, @Context HttpServerRequest http) {
        // The address is used, in memory only, to slow down guessing; see CodeGuessingGuard.
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return onWorker(() -> Response.status(201).entity(participation.redeem(request.code(), client)).build());
    }

    @POST
    @Path("/responses")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(summary = "Send the answers, once. Retries with the same Idempotency-Key are safe.")
    public Uni<Response> submit(@Valid ParticipationViews.Submission submission,
                                @HeaderParam("Idempotency-Key") String idempotencyKey) {
        UUID codeId = UUID.fromString(token.getSubject());
        return onWorker(() -> Response.status(201).entity(submissions.submit(codeId, idempotencyKey, submission))
                .build());
    }

    /** Runs blocking work on a worker thread of the request's Vert.x context (unordered: requests are independent). */
    private static Uni<Response> onWorker(Callable<Response> work) {
        return Uni.createFrom().completionStage(() -> Vertx.currentContext().executeBlocking(work, false)
                .toCompletionStage());
    }
}
