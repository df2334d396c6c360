package se.lyssna.backend.privacy;

/**
 * One piece of personal data found in a text: what kind, and where ({@code start} inclusive, {@code end} exclusive,
 * as in {@link String#substring(int, int)}). It deliberately does not hold the matched text, so that a finding can
 * be logged or returned to a client without repeating the personal data.
 */
public record Finding(Kind kind, int start, int end) {

    /** The kinds of personal data the screener looks for. */
    public enum Kind {
        PERSONAL_IDENTITY_NUMBER("personal-identity-number", "ett personnummer", "[personnummer]"),
        PHONE_NUMBER("phone-number", "ett telefonnummer", "[telefonnummer]"),
        EMAIL("email", "en e-postadress", "[e-post]"),
        USERNAME("username", "ett användarnamn", "[användarnamn]"),
        NAME("name", "ett namn", "[namn]");

        private final String key;
        private final String swedish;
        private final String placeholder;

        Kind(String key, String swedish, String placeholder) {
            this.key = key;
            this.swedish = swedish;
            this.placeholder = placeholder;
        }

        /** Stable key for APIs, e.g. {@code phone-number}. */
        public String key() {
            return key;
        }

        /** Swedish noun phrase for messages, e.g. "ett telefonnummer". */
        public String swedish() {
            return swedish;
        }

        /** What {@link PersonalDataScreener#redact(String)} puts in place of the text. */
        public String placeholder() {
            return placeholder;
        }
    }

    public int length() {
        return end - start;
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
