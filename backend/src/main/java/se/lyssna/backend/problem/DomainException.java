package se.lyssna.backend.problem;

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
        CLOSED
    }

    private final Kind kind;
    private final String type;
    private final String title;

    public DomainException(Kind kind, String type, String title, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
        this.type = type;
        this.title = title;
    }

    public static DomainException notFound(String detail) {
        return new DomainException(Kind.NOT_FOUND, "not-found", "Not found", detail);
    }

    public static DomainException invalid(String detail) {
        return new DomainException(Kind.INVALID, "bad-request", "Bad request", detail);
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
}
