package se.lyssna.backend.results.disclosure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redacts what could identify a person in a free-text answer before anyone reads it: e-mail addresses, personal
 * identity numbers, phone numbers, and names (a list of common Swedish first names, and any capitalised word that
 * does not start a sentence and is not a known ordinary word). It errs on the side of redacting.
 */
public final class FreeTextScreen {
    public static final String NAME = "[namn]";
    public static final String PHONE = "[telefonnummer]";
    public static final String EMAIL = "[e-post]";
    public static final String ID_NUMBER = "[personnummer]";

    private static final Pattern EMAIL_PATTERN = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    private static final Pattern ID_PATTERN = Pattern.compile("\\b(?:19|20)?\\d{6}[-+ ]?\\d{4}\\b");
    private static final Pattern PHONE_PATTERN = Pattern.compile("(?:\\+46|0046|\\b0)[\\s-]?\\d{1,3}(?:[\\s-]?\\d){5,9}\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");

    /** Common first names in Sweden (girls, boys and names common among young people who came here). */
    private static final Set<String> FIRST_NAMES = Set.of(
            "alice", "maja", "elsa", "astrid", "wilma", "freja", "olivia", "selma", "ella", "alma", "agnes", "ebba",
            "ester", "saga", "lilly", "vera", "stella", "signe", "ellen", "julia", "emma", "hanna", "sara", "sofia",
            "anna", "maria", "linnea", "moa", "nova", "ida", "klara", "emilia", "amanda", "matilda", "elin", "fatima",
            "amina", "aisha", "leila", "mariam", "noor", "hiba", "yasmin", "zahra", "elias", "william", "noah",
            "hugo", "lucas", "liam", "adam", "oliver", "alexander", "nils", "oscar", "viktor", "erik", "emil", "isak",
            "leo", "theo", "axel", "anton", "ludvig", "filip", "albin", "arvid", "melvin", "vincent", "olle", "johan",
            "anders", "lars", "karl", "per", "peter", "mikael", "jonas", "daniel", "david", "simon", "jakob", "mohammed",
            "mohamed", "muhammad", "ali", "omar", "ahmed", "hassan", "hussein", "yusuf", "ibrahim", "mustafa", "abdi",
            "amir", "karim", "samir", "reza", "mehdi", "ahmad", "kevin", "robin", "sebastian", "gustav", "carl", "lena",
            "eva", "karin", "kristina", "margareta", "birgitta", "ingrid", "marie", "malin", "jenny", "linda", "lisa",
            "jessica", "sanna", "petra", "camilla", "therese", "johanna", "helena", "pia", "annika", "ulla", "kent");

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
        String result = EMAIL_PATTERN.matcher(text).replaceAll(EMAIL);
        result = ID_PATTERN.matcher(result).replaceAll(ID_NUMBER);
        result = PHONE_PATTERN.matcher(result).replaceAll(PHONE);
        return redactNames(result);
    }

    private static String redactNames(String text) {
        Matcher words = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (words.find()) {
            String word = words.group();
            out.append(text, last, words.start());
            last = words.end();
            boolean inPlaceholder = words.start() > 0 && text.charAt(words.start() - 1) == '['
                    || word.equals("namn") || word.equals("telefonnummer") || word.equals("personnummer");
            if (!inPlaceholder && isName(word, startsSentence(text, words.start()))) {
                out.append(NAME);
            } else {
                out.append(word);
            }
        }
        out.append(text.substring(last));
        return out.toString();
    }

    private static boolean isName(String word, boolean sentenceStart) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (FIRST_NAMES.contains(lower)) {
            return true;
        }
        boolean capitalised = Character.isUpperCase(word.charAt(0)) && word.length() > 1
                && !word.equals(word.toUpperCase(Locale.ROOT));
        return capitalised && !sentenceStart && !ORDINARY.contains(lower);
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
