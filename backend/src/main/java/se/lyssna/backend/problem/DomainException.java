package se.lyssna.backend.problem;

import java.util.List;

/**
 * A failure in the domain's words (unknown, invalid, conflicting, closed) that a service throws without knowing
 * HTTP; {@link DomainProblemMapper} turns its kind into a status. The detail is shown to the caller, so it never
 * holds a code, a token or an answer.
 */
public class DomainException extends RuntimeException {
    /** What went wrong, independent of the protocol. */
    public enum Kind {
        /** The thing asked for does not exist. */
        NOT_FOUND,
        /** The request contradicts itself or the rules. */
        INVALID,
        /** The request clashes with the current state (e.g. a code already used). */
        CONFLICT,
        /** The thing exists but no longer (or not yet) takes this request, like a closed round. */
        CLOSED,
        /** Well-formed content that breaks the rules of what it is sent to, field by field (e.g. answers). */
        UNPROCESSABLE,
        /** The caller's credential names nothing we know. */
        UNAUTHENTICATED
    }

    private final Kind kind;
    private final String type;
    private final String title;
    private final transient List<Problem.FieldViolation> violations;

    public DomainException(Kind kind, String type, String title, String detail) {
        this(kind, type, title, detail, List.of());
    }

    public DomainException(Kind kind, String type, String title, String detail,
                           List<Problem.FieldViolation> violations) {
        super(detail, null, false, false);
        this.kind = kind;
        this.type = type;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    /** Answers that do not fit what they are sent to; each violation names the field and what is wrong. */
    public static DomainException invalidAnswers(String detail, List<Problem.FieldViolation> violations) {
        return new DomainException(Kind.UNPROCESSABLE, "invalid-answers", "Invalid answers", detail, violations);
    }

    public static DomainException notFound(String detail) {
        return new DomainException(Kind.NOT_FOUND, "not-found", "Not found", detail);
    }

    public static DomainException invalid(String detail) {
        return new DomainException(Kind.INVALID, "bad-request", "Bad request", detail);
    }

    /** A clash with the current state; {@code type} names it, e.g. {@code unit-exists}. */
    public static DomainException conflict(String type, String detail) {
        return new DomainException(Kind.CONFLICT, type, "Conflict", detail);
    }

    public Kind kind() {
        return kind;
    }

    /** The problem type's last path segment, e.g. {@code round-closed}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** What is wrong field by field; empty unless the kind is {@link Kind#UNPROCESSABLE}. */
    public List<Problem.FieldViolation> violations() {
        return violations;
    }
}
