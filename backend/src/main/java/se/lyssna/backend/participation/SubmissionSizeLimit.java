package se.lyssna.backend.participation;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.lyssna.backend.problem.ApiProblem;

/**
 * Refuses oversized submissions with a problem the app can show, before the body is read. The HTTP layer's own
 * limit stays above this one as a backstop for bodies without a length.
 */
public class SubmissionSizeLimit {
    private final long maxBytes;

    SubmissionSizeLimit(@ConfigProperty(name = "lyssna.max-submission-bytes") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().endsWith("/api/v1/responses") && request.getLength() > maxBytes) {
            throw new ApiProblem(413, "too-large", "Payload too large", "The answers are " + request.getLength()
                    + " bytes; at most " + maxBytes + " bytes are accepted");
        }
    }
}
