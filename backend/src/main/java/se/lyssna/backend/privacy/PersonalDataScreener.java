package se.lyssna.backend.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in free text written by adults about children (council actions) or by children (free-text
 * answers): Swedish personal identity numbers, phone numbers, e-mail addresses, user names and first names. It errs
 * on the side of finding too much; a person can always rephrase ("en av er" instead of a name).
 *
 * <p>Names are matched as whole capitalised words against a list of common first names (with genitive -s), plus
 * "<First name> <Capitalised>" pairs and typical Swedish surnames (-sson, -ström, -qvist). Names that are also
 * ordinary words ("Bo", "Max", "Liv") only count in the middle of a sentence or before a surname. Lower-case names
 * are not found; that is a known limit.
 */
@ApplicationScoped
public class PersonalDataScreener {
    private static final String NAME_LIST = "privacy/first-names-sv.txt";

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}0-9._%+-]+(?:@|\\s?[(\\[](?:at|snabel-a)[)\\]]\\s?)"
                    + "[\\p{L}0-9-]+(?:\\.[\\p{L}0-9-]+)*\\.\\p{L}{2,}");
    private static final Pattern PERSONAL_NUMBER = Pattern.compile(
            "(?<![\\d+-])((?:19|20)?)(\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01]|6[1-9]|[78]\\d|9[01])([-+ ]?)(\\d{4})"
                    + "(?!\\d)");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+46|0046|\\+\\d{2,3}|0)[ -]?(?:\\(0\\)[ -]?)?\\d(?:[ -]?\\d){6,12}(?!\\d)");
    private static final Pattern USERNAME = Pattern.compile("(?<![\\p{L}0-9._%+-])@[A-Za-z0-9_.]{2,30}");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*"
            + "(?:[:'’]s)?(?![\\p{L}\\d])");
    private static final Pattern SURNAME = Pattern.compile(".{2,}(?:sson|ström|strom|qvist|kvist)s?");
    private static final Pattern SURNAME_AFTER_WORD = Pattern.compile(
            ".{2,}(?:son|berg|lund|gren|dahl|holm|blad|stedt|sköld|ström|qvist|kvist)s?");
    /** Capitalised words that begin sentences or place names and so never start a "<Name> <Surname>" pair. */
    private static final Set<String> NOT_FIRST_NAMES = Set.of("Vi", "Ni", "De", "Den", "Det", "Du", "Jag", "Han",
            "Hon", "Hen", "På", "Till", "Från", "Med", "Om", "Hos", "Vid", "Efter", "Under", "Över", "Mot", "När",
            "Alla", "Och", "Region", "Kommun", "Staden", "Stad", "Sankt", "Norra", "Södra", "Östra", "Västra", "Gamla",
            "Nya", "Stora", "Lilla", "Skolan", "Hela", "Inne", "Ute", "Ring", "Besök", "Åk", "Resa");

    private final Set<String> names;
    private final Set<String> ambiguousNames;

    /** A screener with the bundled list of common Swedish first names. */
    public PersonalDataScreener() {
        this(readNameList());
    }

    /** A screener with the given names; a name ending in '*' is also an ordinary word (see the class comment). */
    public PersonalDataScreener(List<String> nameList) {
        Set<String> plain = new HashSet<>();
        Set<String> ambiguous = new HashSet<>();
        for (String entry : nameList) {
            if (entry.endsWith("*")) {
                ambiguous.add(entry.substring(0, entry.length() - 1));
            } else {
                plain.add(entry);
            }
        }
        this.names = Set.copyOf(plain);
        this.ambiguousNames = Set.copyOf(ambiguous);
    }

    /** Every piece of personal data in the text, in order, never overlapping; empty for null or blank text. */
    public List<Finding> screen(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return findings;
        }
        addAll(findings, EMAIL, text, Finding.Kind.EMAIL);
        addPersonalNumbers(findings, text);
        addAll(findings, PHONE, text, Finding.Kind.PHONE_NUMBER);
        addAll(findings, USERNAME, text, Finding.Kind.USERNAME);
        addNames(findings, text);
        findings.sort(Comparator.comparingInt(Finding::start));
        return List.copyOf(findings);
    }

    /** Whether the text has no personal data that {@link #screen(String)} would find. */
    public boolean isClean(String text) {
        return screen(text).isEmpty();
    }

    /** The text with every finding replaced by a placeholder such as "[namn]". */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Finding finding : screen(text)) {
            out.append(text, at, finding.start()).append(finding.kind().placeholder());
            at = finding.end();
        }
        return out.append(text.substring(at)).toString();
    }

    private static void addAll(List<Finding> findings, Pattern pattern, String text, Finding.Kind kind) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            add(findings, new Finding(kind, m.start(), m.end()));
        }
    }

    /**
     * ÅÅMMDD-XXXX and ÅÅÅÅMMDD-XXXX always count; ten digits without a dash only when the check digit is right,
     * since they may as well be a phone number (found next).
     */
    private static void addPersonalNumbers(List<Finding> findings, String text) {
        Matcher m = PERSONAL_NUMBER.matcher(text);
        while (m.find()) {
            String separator = m.group(5);
            boolean certain = separator.equals("-") || separator.equals("+") || !m.group(1).isEmpty()
                    || luhnValid(m.group(2) + m.group(3) + m.group(4) + m.group(6));
            if (certain) {
                add(findings, new Finding(Finding.Kind.PERSONAL_IDENTITY_NUMBER, m.start(), m.end()));
            }
        }
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private void addNames(List<Finding> findings, String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int i = 0;
        while (i < words.size()) {
            int[] word = words.get(i);
            String w = text.substring(word[0], word[1]);
            boolean followedByCapital = i + 1 < words.size() && onlySpaceBetween(text, word[1], words.get(i + 1)[0]);
            String next = followedByCapital ? text.substring(words.get(i + 1)[0], words.get(i + 1)[1]) : "";
            boolean name = isFirstName(w, !sentenceStart(text, word[0]) || followedByCapital)
                    || SURNAME.matcher(w).matches()
                    || followedByCapital && !NOT_FIRST_NAMES.contains(w) && SURNAME_AFTER_WORD.matcher(next).matches();
            if (name) {
                int end = followedByCapital ? words.get(i + 1)[1] : word[1];
                add(findings, new Finding(Finding.Kind.NAME, word[0], end));
                i += followedByCapital ? 2 : 1;
            } else {
                i++;
            }
        }
    }

    /** Whether a capitalised word is on the name list, also where the name is an ordinary word too ("Lena"). */
    public boolean isKnownName(String word) {
        return isFirstName(word, true);
    }

    private boolean isFirstName(String word, boolean ambiguousCounts) {
        for (String part : word.replaceAll("[:'’]s$", "").split("-")) {
            String genitiveBase = part.endsWith("s") ? part.substring(0, part.length() - 1) : part;
            if (names.contains(part) || names.contains(genitiveBase)) {
                return true;
            }
            if (ambiguousCounts && (ambiguousNames.contains(part) || ambiguousNames.contains(genitiveBase))) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        return to - from == 1 && text.charAt(from) == ' ';
    }

    /** Whether a word starts a sentence (so is capitalised anyway): text start, or after . ! ? : ; or a new line. */
    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || "\"“”'‘’(–-•*".indexOf(text.charAt(i))
                >= 0)) {
            i--;
        }
        return i < 0 || ".!?:;\n\r".indexOf(text.charAt(i)) >= 0;
    }

    private static void add(List<Finding> findings, Finding candidate) {
        for (Finding f : findings) {
            if (f.overlaps(candidate.start(), candidate.end())) {
                return;
            }
        }
        findings.add(candidate);
    }

    private static List<String> readNameList() {
        try (InputStream in = PersonalDataScreener.class.getClassLoader().getResourceAsStream(NAME_LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing " + NAME_LIST);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
