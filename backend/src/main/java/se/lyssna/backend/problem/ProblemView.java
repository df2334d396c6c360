package se.lyssna.backend.problem;

import jakarta.ws.rs.core.Response;

/**
 * Another way to show a problem for some paths: the console shows problems as readable pages rather than JSON. A
 * bean implementing this is asked first, so the problem package depends on no feature.
 */
public interface ProblemView {
    boolean handles(String path);

    Response.ResponseBuilder render(Problem problem);
}
