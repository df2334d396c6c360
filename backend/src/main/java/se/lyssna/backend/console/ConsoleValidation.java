package se.lyssna.backend.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/** Validates a console form's request record with the API's own constraints, so both paths refuse alike. */
@ApplicationScoped
public class ConsoleValidation {
    private final Validator validator;

    ConsoleValidation(Validator validator) {
        this.validator = validator;
    }

    public <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
