package se.lyssna.backend.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.PathSegment;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import se.lyssna.backend.problem.ApiProblem;

/** Refuses a path or query parameter that the database could not take as text (e.g. {@code %00}), with 400. */
public class RequestTextGuard {

    @ServerRequestFilter(preMatching = true)
    public void refuseBrokenText(ContainerRequestContext request) {
        for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            check("the path", segment.getPath());
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            check("a query parameter's name", parameter.getKey());
            for (String value : parameter.getValue()) {
                check("query parameter '" + parameter.getKey() + "'", value);
            }
        }
    }

    private static void check(String where, String text) {
        String defect = UnicodeText.defect(text);
        if (defect != null) {
            throw ApiProblem.badRequest("The request is not valid: " + where + " " + defect);
        }
    }
}
