package se.lyssna.backend.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem details. Never returns a stack trace, and never logs an
 * exception's message: messages of parsers and of the database can quote a child's answers.
 *
 * <p>Sections: our own problems, input the framework rejected, authentication, HTTP-layer statuses, and last the
 * unexpected (where a database outage becomes 503). Add a mapping to the section it belongs to.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** How long a client should wait before retrying while the database is away; the app retries on its own. */
    static final int OUTAGE_RETRY_AFTER_SECONDS = 5;
    /** RFC 6750: a 401 names the scheme the client must use. */
    static final String BEARER_CHALLENGE = "Bearer realm=\"lyssna\"";

    // --- Our own problems -------------------------------------------------------------------------------------

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        Response.ResponseBuilder response = respond(problem.toProblem(uri.getPath()));
        if (problem instanceof RetryLaterProblem retry) {
            response.header("Retry-After", retry.retryAfterSeconds());
        }
        return response.build();
    }

    // --- Input the framework rejected -----------------------------------------------------------------------------

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return respond(new Problem(Problem.TYPE_BASE + "bad-request", "Bad request", 400,
                "The request is not valid: " + violations.size() + " problem(s)", uri.getPath(), violations)).build();
    }

    @ServerExceptionMapper({JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            com.fasterxml.jackson.databind.exc.MismatchedInputException.class,
            com.fasterxml.jackson.databind.exc.InvalidFormatException.class})
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        // The original message may quote the body; keep only where the parser stopped.
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return respond(new Problem(Problem.TYPE_BASE + "malformed", "Malformed request", 400,
                "The body is not valid JSON of the expected shape" + where, uri.getPath(), null)).build();
    }

    // --- Authentication and authorisation ------------------------------------------------------------------------

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                "A valid bearer token is required", uri.getPath(), null))
                .header("WWW-Authenticate", BEARER_CHALLENGE).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "Your role or units do not allow this", uri.getPath(), null)).build();
    }

    // --- Statuses of the HTTP layer ------------------------------------------------------------------------------

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = status == 413 ? "The request body is too large" : title;
        return respond(new Problem(Problem.TYPE_BASE + slug(title), title, status, detail, uri.getPath(), null))
                .build();
    }

    // --- The unexpected ------------------------------------------------------------------------------------------

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getClass().getName());
            return respond(new Problem(Problem.TYPE_BASE + "unavailable", "Service unavailable", 503,
                    "The service cannot reach its database just now; nothing was stored. Try again in a moment.",
                    uri.getPath(), null)).header("Retry-After", OUTAGE_RETRY_AFTER_SECONDS).build();
        }
        // Only the class and the SQLState: a message, or a stack trace's messages, can carry the request's data.
        LOG.errorf("Unexpected failure on %s: %s%s", uri.getPath(), e.getClass().getName(), sqlState(e));
        return respond(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "Something went wrong on our side; nothing was stored", uri.getPath(), null)).build();
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return " (SQLState " + sql.getSQLState() + ")";
            }
        }
        return "";
    }

    private static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
