package se.lyssna.backend.results.disclosure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lyssna.backend.privacy.Finding;
import se.lyssna.backend.privacy.PersonalDataScreener;

/**
 * Redacts children's free-text answers before anyone reads them. On top of the {@link PersonalDataScreener} (identity
 * numbers, phone numbers, e-mail, user names, listed names) it is more cautious, because a child's own words are the
 * riskiest field: any listed name counts wherever it stands, and any capitalised word inside a sentence that is not
 * a known ordinary word is taken for a name.
 */
public final class FreeTextScreen {
    public static final String NAME = Finding.Kind.NAME.placeholder();

    private static final PersonalDataScreener SCREENER = new PersonalDataScreener();
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");

    /** Capitalised words that are ordinary here and must not be taken for names. */
    private static final Set<String> ORDINARY = Set.of(
            "jag", "vi", "du", "de", "han", "hon", "hen", "det", "den", "min", "mitt", "mina", "sverige", "svenska",
            "hvb", "sis", "bris", "socialtjänsten", "soc", "skolan", "kommunen", "lyssna", "i", "och", "men", "när",
            "om", "att", "ibland", "alltid", "aldrig", "ja", "nej", "tack", "hej", "stockholm", "göteborg", "malmö",
            "arabiska", "engelska", "somaliska", "dari", "persiska", "tigrinja", "jul", "påsk", "ramadan", "eid",
            "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "bup", "lss", "ok", "okej");

    private FreeTextScreen() {
    }

    public static String redact(String text) {
        return redactNames(SCREENER.redact(text));
    }

    private static String redactNames(String text) {
        Matcher words = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (words.find()) {
            String word = words.group();
            out.append(text, last, words.start());
            last = words.end();
            boolean placeholder = words.start() > 0 && text.charAt(words.start() - 1) == '[';
            out.append(!placeholder && isName(word, startsSentence(text, words.start())) ? NAME : word);
        }
        out.append(text.substring(last));
        return out.toString();
    }

    private static boolean isName(String word, boolean sentenceStart) {
        if (SCREENER.isKnownName(word)) {
            return true;
        }
        boolean capitalised = Character.isUpperCase(word.charAt(0)) && word.length() > 1
                && !word.equals(word.toUpperCase(Locale.ROOT));
        return capitalised && !sentenceStart && !ORDINARY.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean startsSentence(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '(' || c == '\'') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n';
        }
        return true;
    }
}
