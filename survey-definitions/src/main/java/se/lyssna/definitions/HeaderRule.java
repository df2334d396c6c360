package se.lyssna.definitions;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The questionnaire's identity and frame: key, version, status, age band, locales, at least one item. */
final class HeaderRule implements Rule {
    static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Numeric dotted versions, so that versions order the same way everywhere (see {@link Versions}). */
    static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");

    @Override
    public void check(Questionnaire q, Findings findings) {
        if (isBlank(q.key())) {
            findings.add(Codes.MISSING_KEY, "the questionnaire has no 'key'");
        } else if (!KEBAB.matcher(q.key()).matches()) {
            findings.add(Codes.INVALID_KEY, "key '" + q.key() + "' must be kebab-case, e.g. national-13-17");
        }
        if (isBlank(q.version())) {
            findings.add(Codes.MISSING_VERSION, "the questionnaire has no 'version'");
        } else if (!VERSION.matcher(q.version()).matches()) {
            findings.add(Codes.INVALID_VERSION, "version '" + q.version() + "' must be numbers and dots, e.g. 2027.1"
                    + " (quote it in YAML)");
        }
        if (q.status() == null) {
            findings.add(Codes.MISSING_STATUS, "the questionnaire has no 'status' (draft or published)");
        }
        checkAgeBand(q.ageBand(), findings);
        checkLocales(q, findings);
        if (q.items().isEmpty()) {
            findings.add(Codes.NO_ITEMS, "the questionnaire has no items");
        }
    }

    private static void checkAgeBand(AgeBand band, Findings findings) {
        if (band == null) {
            findings.add(Codes.MISSING_AGE_BAND, "the questionnaire has no 'age-band' {from, to}");
        } else if (band.from() < 0 || band.from() > band.to()) {
            findings.add(Codes.INVALID_AGE_BAND, "age-band from " + band.from() + " to " + band.to()
                    + " is not a range of ages");
        }
    }

    private static void checkLocales(Questionnaire q, Findings findings) {
        if (q.locales().isEmpty()) {
            findings.add(Codes.MISSING_LOCALES, "the questionnaire declares no 'locales'; the first is the source"
                    + " language");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String locale : q.locales()) {
            if (isBlank(locale)) {
                findings.add(Codes.MISSING_LOCALES, "'locales' contains a blank entry");
            } else if (!seen.add(locale)) {
                findings.add(Codes.DUPLICATE_LOCALE, "locale '" + locale + "' is declared twice");
            }
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
