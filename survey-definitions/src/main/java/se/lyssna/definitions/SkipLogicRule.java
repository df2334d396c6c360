package se.lyssna.definitions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Skip logic ({@code show-if}) can be followed: it names an item the child has already met, and answer values that
 * item can actually have. A condition on a later item or an impossible value would silently hide a question from
 * every child.
 */
final class SkipLogicRule implements Rule {

    @Override
    public void check(Questionnaire q, Findings findings) {
        List<Item> all = q.allItems();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            position.putIfAbsent(all.get(i).id(), i);
        }
        for (int i = 0; i < all.size(); i++) {
            Item item = all.get(i);
            if (item.showIf().isPresent()) {
                checkCondition(q, item, item.showIf().get(), position, i, findings);
            }
        }
    }

    private static void checkCondition(Questionnaire q, Item item, Condition condition, Map<String, Integer> position,
                                       int index, Findings findings) {
        Integer target = condition.item() == null ? null : position.get(condition.item());
        if (target == null) {
            findings.atItem(item.id(), Codes.SHOW_IF_UNKNOWN_ITEM, "show-if refers to unknown item '"
                    + condition.item() + "'");
            return;
        }
        if (target >= index) {
            findings.atItem(item.id(), Codes.SHOW_IF_LATER_ITEM, "show-if refers to '" + condition.item()
                    + "', which is not asked before this item");
            return;
        }
        if (condition.anyOf().isEmpty()) {
            findings.atItem(item.id(), Codes.SHOW_IF_WITHOUT_VALUES, "show-if on '" + condition.item()
                    + "' lists no answer values in 'any-of', so the item would never be shown");
            return;
        }
        Item source = q.allItems().get(target);
        for (String value : condition.anyOf()) {
            if (!canAnswer(q, source, value)) {
                findings.atItem(item.id(), Codes.SHOW_IF_UNKNOWN_VALUE, "show-if value '" + value
                        + "' is not an answer of '" + source.id() + "' (" + answersOf(q, source) + ")");
            }
        }
    }

    /** Whether {@code value} is a possible answer of {@code source}; an unknown scale is reported elsewhere. */
    private static boolean canAnswer(Questionnaire q, Item source, String value) {
        if (source instanceof FreeTextItem) {
            return false;
        }
        if (source instanceof NumberItem number) {
            return isNonAnswer(value) || inRange(value, number.min(), number.max());
        }
        return q.scaleOf(source).map(scale -> scale.accepts(value)).orElse(true);
    }

    private static String answersOf(Questionnaire q, Item source) {
        if (source instanceof FreeTextItem) {
            return "free text has no fixed answers to depend on";
        }
        if (source instanceof NumberItem number) {
            return "numbers " + number.min() + "–" + number.max() + ", " + OptionKind.DONT_KNOW.key() + ", "
                    + OptionKind.NO_ANSWER.key();
        }
        return q.scaleOf(source).map(s -> "answers: " + String.join(", ",
                s.options().stream().map(ScaleOption::value).toList())).orElse("unknown scale");
    }

    private static boolean isNonAnswer(String value) {
        return OptionKind.ofValue(value) != OptionKind.ANSWER;
    }

    private static boolean inRange(String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            return n >= min && n <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
