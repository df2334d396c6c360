package se.lyssna.app.survey;

/**
 * One way to answer: a real answer (with an optional face pictogram), "don't know" or "don't want to answer";
 * audio is the path of its read-aloud file, or null.
 */
public record AnswerOption(String value, String label, Kind kind, String face, String audio) {

    /** What the option means for counting. */
    public enum Kind { ANSWER, DONT_KNOW, NO_ANSWER }

    /** The kind named in the API, e.g. {@code dont-know}. */
    public static Kind kindOf(String apiKind) {
        if ("dont-know".equals(apiKind)) {
            return Kind.DONT_KNOW;
        }
        if ("no-answer".equals(apiKind)) {
            return Kind.NO_ANSWER;
        }
        return Kind.ANSWER;
    }
}
