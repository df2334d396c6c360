package se.lyssna.backend.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, with the individual violations when input was invalid. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldViolation> violations) {

    public static final String TYPE_BASE = "https://lyssna.se/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One thing wrong with the input: which field (e.g. an item ID) and what. */
    public record FieldViolation(String field, String message) {
    }
}
