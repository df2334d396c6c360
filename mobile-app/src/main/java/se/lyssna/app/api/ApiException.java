package se.lyssna.app.api;

import java.io.IOException;
import java.util.Optional;

/** An HTTP error answer (status and, when the backend sent one, its problem details); or no answer at all. */
public class ApiException extends IOException {
    private final int status;
    private final transient FacilitatorDtos.Problem problem;

    public ApiException(int status, FacilitatorDtos.Problem problem, String message) {
        super(message);
        this.status = status;
        this.problem = problem;
    }

    /** 0 when the backend could not be reached. */
    public int status() {
        return status;
    }

    public Optional<FacilitatorDtos.Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
