package se.lyssna.backend.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import se.lyssna.backend.problem.ApiProblem;

/** Reads the console's form fields; a field the browser sends empty is "not given", not an error. */
final class ConsoleForms {
    private ConsoleForms() {
    }

    static LocalDate date(String label, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(label + ": '" + value + "' är inget datum (ÅÅÅÅ-MM-DD)");
        }
    }

    static Integer number(String label, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(label + ": '" + value + "' är inget heltal");
        }
    }
}
