package se.lyssna.backend.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Where a {@link DomainException}'s kind becomes an HTTP status and an RFC 9457 problem; kept beside
 * {@link ProblemMappers} (the protocol's own failures) so that services never name a status.
 */
public class DomainProblemMapper {
    @ServerExceptionMapper
    public Response domain(DomainException failure, UriInfo uri) {
        int status = switch (failure.kind()) {
            case NOT_FOUND -> 404;
            case INVALID -> 400;
            case CONFLICT -> 409;
            case CLOSED -> 410;
            case UNPROCESSABLE -> 422;
            case UNAUTHENTICATED -> 401;
        };
        Problem problem = new Problem(Problem.TYPE_BASE + failure.type(), failure.title(), status,
                failure.getMessage(), uri.getPath(), failure.violations().isEmpty() ? null : failure.violations());
        Response.ResponseBuilder response = ProblemMappers.respond(problem);
        if (status == 401) {
            response.header("WWW-Authenticate", ProblemMappers.BEARER_CHALLENGE);
        }
        return response.build();
    }
}
