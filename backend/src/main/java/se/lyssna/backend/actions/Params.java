package se.lyssna.backend.actions;

import java.util.UUID;
import se.lyssna.backend.problem.ApiProblem;

/** Request parameters that JAX-RS would otherwise turn into bare 404s. */
final class Params {
    private Params() {
    }

    static UUID uuid(String name, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("'" + name + "' is not a valid ID");
        }
    }

    static <T> T body(T body) {
        if (body == null) {
            throw ApiProblem.badRequest("A JSON body is required");
        }
        return body;
    }
}
