package se.lyssna.backend.participation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lyssna.backend.http.UnicodeText;
import se.lyssna.backend.problem.ApiProblem;
import se.lyssna.backend.problem.Problem.FieldViolation;
import se.lyssna.definitions.FreeTextItem;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.MultipleChoiceItem;
import se.lyssna.definitions.NumberItem;
import se.lyssna.definitions.OptionKind;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.Scale;
import se.lyssna.definitions.ScaleOption;

/**
 * Checks a submission against its questionnaire version and says exactly what is wrong, item by item. Nothing is
 * stored unless this passes.
 */
@ApplicationScoped
public class AnswerValidator {
    private static final int MAX_VALUES_PER_ITEM = 50;
    private static final java.util.regex.Pattern ASCII_INTEGER = java.util.regex.Pattern.compile("-?[0-9]{1,9}");

    public ValidatedAnswers validate(Questionnaire questionnaire, ParticipationViews.Submission submission) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<String> broken = new HashSet<>();
        Map<String, List<String>> answers = usable(submission, violations, broken);
        if (submission.locale() != null && !questionnaire.locales().contains(submission.locale())) {
            violations.add(new FieldViolation("locale", "'" + submission.locale() + "' is not a locale of "
                    + questionnaire.id()));
        }
        // Questionnaire.item(id) copies and scans all items; asked per answer, that was ~100 × 100 steps per child.
        List<Item> items = questionnaire.allItems();
        Set<String> itemIds = new HashSet<>();
        items.forEach(item -> itemIds.add(item.id()));
        for (String itemId : answers.keySet()) {
            if (!itemIds.contains(itemId)) {
                violations.add(new FieldViolation(itemId, "unknown item: not part of " + questionnaire.id()));
            }
        }
        Map<String, List<String>> accepted = new LinkedHashMap<>();
        for (Item item : items) {
            if (broken.contains(item.id())) {
                continue;
            }
            List<String> values = answers.get(item.id());
            boolean shown = item.showIf().map(c -> c.holdsFor(answers.getOrDefault(c.item(), List.of())))
                    .orElse(true);
            if (values == null || values.isEmpty()) {
                if (item.required() && shown) {
                    violations.add(new FieldViolation(item.id(), "an answer is required (\"don't want to answer\""
                            + " counts as one)"));
                }
                continue;
            }
            if (!shown) {
                violations.add(new FieldViolation(item.id(), "answered although its condition on '"
                        + item.showIf().get().item() + "' was not met"));
                continue;
            }
            String problem = problemWith(questionnaire, item, values);
            if (problem != null) {
                violations.add(new FieldViolation(item.id(), problem));
            } else {
                accepted.put(item.id(), List.copyOf(values));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiProblem.invalid("The answers do not fit questionnaire " + questionnaire.id() + ": "
                    + violations.size() + " problem(s)", violations);
        }
        return new ValidatedAnswers(questionnaire, accepted);
    }

    /**
     * The answers whose values are all present and storable text. Broken ones are named and left out first, so that
     * a skip-logic condition never meets a null and nothing later quotes a broken value.
     */
    private static Map<String, List<String>> usable(ParticipationViews.Submission submission,
                                                    List<FieldViolation> violations, Set<String> broken) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        submission.answers().forEach((itemId, values) -> {
            String problem = values == null ? null : brokenValue(values);
            if (problem != null) {
                violations.add(new FieldViolation(itemId, problem));
                broken.add(itemId);
            } else if (values != null) {
                answers.put(itemId, values);
            }
        });
        return answers;
    }

    private static String brokenValue(List<String> values) {
        if (values.size() > MAX_VALUES_PER_ITEM) {
            return "too many values (" + values.size() + ")";
        }
        for (String value : values) {
            if (value == null) {
                return "a value is missing";
            }
            String defect = UnicodeText.defect(value);
            if (defect != null) {
                return "the answer " + defect;
            }
        }
        return null;
    }

    private static String problemWith(Questionnaire questionnaire, Item item, List<String> values) {
        if (item instanceof FreeTextItem free) {
            return freeTextProblem(free, values);
        }
        if (item instanceof NumberItem number) {
            return numberProblem(number, values);
        }
        Scale scale = questionnaire.scaleOf(item).orElseThrow();
        if (item instanceof MultipleChoiceItem) {
            return multipleProblem(scale, values);
        }
        if (values.size() != 1) {
            return "exactly one answer expected, got " + values.size();
        }
        if (!scale.accepts(values.get(0))) {
            return "'" + abbreviate(values.get(0)) + "' is not on the scale " + scale.key() + " (allowed: "
                    + scale.options().stream().map(ScaleOption::value).toList() + ")";
        }
        return null;
    }

    private static String multipleProblem(Scale scale, List<String> values) {
        Set<String> distinct = new HashSet<>(values);
        if (distinct.size() != values.size()) {
            return "the same option was ticked twice";
        }
        for (String value : values) {
            if (!scale.accepts(value)) {
                return "'" + abbreviate(value) + "' is not an option of " + scale.key();
            }
        }
        boolean nonAnswer = values.stream().map(v -> scale.option(v).orElseThrow().kind())
                .anyMatch(k -> k != OptionKind.ANSWER);
        return nonAnswer && values.size() > 1 ? "\"don't know\" or \"don't want to answer\" cannot be combined with"
                + " other options" : null;
    }

    private static String numberProblem(NumberItem number, List<String> values) {
        if (values.size() != 1) {
            return "exactly one number expected";
        }
        String value = values.get(0);
        if (OptionKind.ofValue(value) != OptionKind.ANSWER) {
            return null;
        }
        // Only the digits 0-9, an optional minus and no padding: Integer.parseInt alone would also take "+5",
        // " 5" after strip() and other scripts' digits such as Arabic-Indic ones, and store them as sent.
        if (!ASCII_INTEGER.matcher(value).matches()) {
            return "'" + abbreviate(value) + "' is not a whole number written with the digits 0-9";
        }
        int n = Integer.parseInt(value);
        return n < number.min() || n > number.max() ? n + " is outside " + number.min() + "–" + number.max() : null;
    }

    private static String freeTextProblem(FreeTextItem free, List<String> values) {
        if (values.size() != 1) {
            return "exactly one text expected";
        }
        int length = values.get(0).codePointCount(0, values.get(0).length());
        return length > free.maxLength() ? "text too long: " + length + " characters, at most " + free.maxLength()
                + " allowed" : null;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
