package se.lyssna.definitions;

/** How an item ID relates between two versions of a questionnaire, for trends across rounds. */
public enum Comparability {
    /** Same ID, kind, scale and meaning: answers can be trended across the two versions. */
    COMPARABLE,
    /** Same ID but the answers mean something else now (declared meaning change, new scale or kind): no trend. */
    BREAK,
    /** Only in the newer version. */
    ADDED,
    /** Only in the older version. */
    REMOVED
}
