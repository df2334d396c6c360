package se.lyssna.accessibility.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.lyssna.definitions.Violation;

/** Checks every declared colour pair in every theme against the theme's contrast level. */
public final class ContrastCheck {

    /** Violation code of a pair below its minimum. */
    public static final String LOW_CONTRAST = "low-contrast";
    /** Violation code of a pair naming a token the theme does not define. */
    public static final String UNKNOWN_TOKEN = "unknown-colour-token";
    /** Violation code of themes that do not define the same token names. */
    public static final String TOKEN_MISMATCH = "theme-token-mismatch";

    /**
     * The measured ratio of one pair in one theme.
     *
     * @param theme   theme name
     * @param pair    the pair
     * @param ratio   measured contrast ratio
     * @param minimum what the theme's level requires for the pair's size class
     */
    public record Result(String theme, ColorPair pair, String foreground, String background, double ratio,
                         double minimum) {
        public boolean passes() {
            return ratio >= minimum;
        }
    }

    /** Every pair in every theme, in file order. Pairs naming unknown tokens are left out (see violations). */
    public List<Result> results(ThemeTokens tokens) {
        List<Result> results = new ArrayList<>();
        for (Theme theme : tokens.themes().values()) {
            for (ColorPair pair : tokens.pairs()) {
                String fg = theme.colors().get(pair.foreground());
                String bg = theme.colors().get(pair.background());
                if (fg != null && bg != null) {
                    results.add(new Result(theme.name(), pair, fg, bg, Contrast.ratio(fg, bg),
                            theme.level().minimum(pair.size())));
                }
            }
        }
        return results;
    }

    /** Every problem with the tokens; empty when all pairs pass in all themes. */
    public List<Violation> violations(ThemeTokens tokens) {
        List<Violation> violations = new ArrayList<>();
        Set<String> allNames = new TreeSet<>();
        tokens.themes().values().forEach(t -> allNames.addAll(t.colors().keySet()));
        for (Theme theme : tokens.themes().values()) {
            Set<String> missing = new TreeSet<>(allNames);
            missing.removeAll(theme.colors().keySet());
            if (!missing.isEmpty()) {
                violations.add(Violation.of(tokens.source(), TOKEN_MISMATCH, "theme " + theme.name()
                        + " lacks colours other themes define: " + missing));
            }
            for (ColorPair pair : tokens.pairs()) {
                for (String token : List.of(pair.foreground(), pair.background())) {
                    if (!theme.colors().containsKey(token)) {
                        violations.add(Violation.of(tokens.source(), UNKNOWN_TOKEN, "theme " + theme.name()
                                + ": pair " + pair + " names unknown colour '" + token + "'"));
                    }
                }
            }
        }
        for (Result result : results(tokens)) {
            violation(tokens.source(), result).ifPresent(violations::add);
        }
        return violations;
    }

    private static Optional<Violation> violation(String source, Result r) {
        if (r.passes()) {
            return Optional.empty();
        }
        return Optional.of(Violation.of(source, LOW_CONTRAST, String.format(java.util.Locale.ROOT,
                "theme %s: %s %s on %s %s has contrast %s, needs at least %s for %s",
                r.theme(), r.pair().foreground(), r.foreground(), r.pair().background(), r.background(),
                Contrast.format(r.ratio()), Contrast.format(r.minimum()), r.pair().size().key())));
    }
}
