package se.lyssna.definitions;

/**
 * A declared change of an item that keeps its ID between versions. Without a declaration, a changed text under an
 * old ID is an error, because results would be trended across a change of meaning.
 *
 * @param item the item ID
 * @param kind {@code wording}: same meaning, still comparable; {@code meaning}: a break in the trend
 * @param note why the text changed, for the people reading the trend
 */
public record Revision(String item, Kind kind, String note) {
    /** Whether a text change keeps the item comparable. */
    public enum Kind {
        WORDING, MEANING
    }
}
