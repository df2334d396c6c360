package se.lyssna.app.api;

/** One answer option as served: kind is answer, dont-know or no-answer; audio its read-aloud path or null. */
public record OptionDto(String value, String label, String kind, String face, String audio) {
}
