package se.lyssna.definitions;

/**
 * A service a child or young person can call for help now, as shown beside a questionnaire.
 *
 * @param key    stable key, e.g. {@code bris}
 * @param name   the service's own name, the same in every locale
 * @param phone  the number as printed, e.g. {@code 116 111}
 * @param ages   who the service is for, inclusive
 * @param review whether the number or the ages still need checking against the service itself
 * @param text   what the child reads, per locale
 */
public record HelpLine(String key, String name, String phone, AgeBand ages, boolean review, LocalizedText text) {
    public HelpLine {
        text = text == null ? LocalizedText.empty() : text;
    }

    /** The number as a phone dials it: digits only. */
    public String dial() {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }
}
