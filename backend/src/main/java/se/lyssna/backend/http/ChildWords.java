package se.lyssna.backend.http;

/**
 * A request body that carries a child's own answers: read under the submission size limit, and its text checked by
 * the validator of the feature that owns it (so the reader needs not know that feature).
 */
public interface ChildWords {
}
