package se.lyssna.backend.problem;

import java.util.List;

/**
 * A failure that the client should understand: becomes an RFC 9457 problem details response. Services throw it;
 * resources stay free of error handling.
 */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final transient List<Problem.FieldViolation> violations;

    public ApiProblem(int status, String type, String title, String detail, List<Problem.FieldViolation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public ApiProblem(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "not-found", "Not found", detail);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "bad-request", "Bad request", detail);
    }

    public static ApiProblem conflict(String type, String detail) {
        return new ApiProblem(409, type, "Conflict", detail);
    }

    public static ApiProblem invalid(String detail, List<Problem.FieldViolation> violations) {
        return new ApiProblem(422, "invalid-answers", "Invalid answers", detail, violations);
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.TYPE_BASE + type, title, status, getMessage(), instance,
                violations.isEmpty() ? null : violations);
    }
}
