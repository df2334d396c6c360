package se.lyssna.definitions;

/** A draft may still change; a published version is immutable and its content hash is locked. */
public enum Status {
    DRAFT, PUBLISHED
}
