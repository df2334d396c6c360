package se.lyssna.definitions;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Scales are well formed: real answers to choose from, the two ways of not answering ("don't know", "don't want to
 * answer") so no child is forced into an untrue answer, unique option values, and sensible line ranges. Checks
 * every scale the questionnaire carries, shared ones included, because any of them may be used next.
 */
final class ScaleRule implements Rule {

    @Override
    public void check(Questionnaire q, Findings findings) {
        q.scales().values().stream()
                .sorted(java.util.Comparator.comparing(Scale::key))
                .forEach(scale -> checkScale(scale, findings));
    }

    private static void checkScale(Scale scale, Findings findings) {
        if (HeaderRule.isBlank(scale.key())) {
            findings.add(Codes.MISSING_SCALE_KEY, "a scale has no 'key'");
            return;
        }
        if (scale instanceof LineScale line) {
            checkLine(line, findings);
        } else if (scale instanceof ChoiceScale choice) {
            checkChoice(choice, findings);
        }
    }

    private static void checkChoice(ChoiceScale scale, Findings findings) {
        String where = "scale '" + scale.key() + "'";
        Set<OptionKind> kinds = EnumSet.noneOf(OptionKind.class);
        Set<String> values = new HashSet<>();
        for (ScaleOption option : scale.options()) {
            kinds.add(option.kind());
            if (HeaderRule.isBlank(option.value())) {
                findings.add(Codes.MISSING_OPTION_VALUE, where + " has an option without 'value'");
            } else if (!values.add(option.value())) {
                findings.add(Codes.DUPLICATE_OPTION_VALUE, where + " has value '" + option.value()
                        + "' more than once");
            }
        }
        if (!kinds.contains(OptionKind.ANSWER)) {
            findings.add(Codes.SCALE_WITHOUT_OPTIONS, where + " has no answer options (kind: answer)");
        }
        nonAnswers(where, kinds.contains(OptionKind.DONT_KNOW), kinds.contains(OptionKind.NO_ANSWER), findings);
    }

    private static void checkLine(LineScale scale, Findings findings) {
        String where = "line scale '" + scale.key() + "'";
        if (scale.min() >= scale.max()) {
            findings.add(Codes.INVALID_LINE_RANGE, where + ": min " + scale.min() + " must be below max "
                    + scale.max());
        } else if (scale.positiveFrom() < scale.min() || scale.positiveFrom() > scale.max()) {
            findings.add(Codes.INVALID_POSITIVE_FROM, where + ": positive-from " + scale.positiveFrom()
                    + " is outside " + scale.min() + "–" + scale.max());
        }
        nonAnswers(where, hasText(scale.dontKnow()), hasText(scale.noAnswer()), findings);
    }

    private static boolean hasText(LocalizedText label) {
        return label != null && !label.translations().isEmpty();
    }

    private static void nonAnswers(String where, boolean dontKnow, boolean noAnswer, Findings findings) {
        if (!dontKnow) {
            findings.add(Codes.SCALE_MISSING_NON_ANSWERS, where + " offers no \"don't know\" option"
                    + " (kind: dont-know)");
        }
        if (!noAnswer) {
            findings.add(Codes.SCALE_MISSING_NON_ANSWERS, where + " offers no \"don't want to answer\" option"
                    + " (kind: no-answer)");
        }
    }
}
