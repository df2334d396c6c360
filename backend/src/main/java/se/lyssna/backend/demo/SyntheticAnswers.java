package se.lyssna.backend.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import se.lyssna.definitions.FreeTextItem;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.LineItem;
import se.lyssna.definitions.MultipleChoiceItem;
import se.lyssna.definitions.NumberItem;
import se.lyssna.definitions.OptionKind;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.Scale;
import se.lyssna.definitions.ScaleOption;

/**
 * Plausible, made-up answers for demos and load tests. A child's situation (0..1, around the unit's quality) tilts
 * answers towards the positive options; children are less positive about having a say and independence; some skip
 * or say "don't know"; skip logic is respected, so the answers pass validation.
 */
public final class SyntheticAnswers {
    /** How each area tends to go, nationally. */
    private static final Map<String, Double> AREA_EFFECT = Map.of("bemotande", 0.05, "delaktighet", -0.12,
            "sociala-relationer", 0.08, "trygghet", 0.10, "halsa-omsorg", 0.02, "utbildning", -0.04, "fritid", 0.0,
            "sjalvstandighet", -0.15);

    private final RandomGenerator random;

    public SyntheticAnswers(RandomGenerator random) {
        this.random = random;
    }

    /** A whole submission: background questions answered at random, items tilted by {@code child}. */
    public Map<String, List<String>> answer(Questionnaire questionnaire, double child) {
        Map<String, List<String>> answers = new HashMap<>();
        for (Item item : questionnaire.background()) {
            List<ScaleOption> options = questionnaire.scaleOf(item).orElseThrow().options().stream()
                    .filter(o -> o.kind() == OptionKind.ANSWER).toList();
            answers.put(item.id(), List.of(options.get(random.nextInt(options.size())).value()));
        }
        for (Item item : questionnaire.items()) {
            List<String> values = answerTo(item, questionnaire, child, answers);
            if (!values.isEmpty()) {
                answers.put(item.id(), values);
            }
        }
        return answers;
    }

    /** One item's answer given the answers so far; empty when skipped or not shown. */
    public List<String> answerTo(Item item, Questionnaire questionnaire, double child,
                                 Map<String, List<String>> soFar) {
        boolean shown = item.showIf().map(c -> c.holdsFor(soFar.getOrDefault(c.item(), List.of()))).orElse(true);
        if (!shown || item instanceof FreeTextItem || random.nextDouble() < 0.04) {
            return List.of();
        }
        if (item instanceof NumberItem) {
            return List.of(random.nextDouble() < 0.1 ? "dont-know" : Integer.toString(random.nextInt(6)));
        }
        Scale scale = questionnaire.scaleOf(item).orElseThrow();
        double roll = random.nextDouble();
        if (roll < 0.05) {
            return List.of(firstOfKind(scale, OptionKind.DONT_KNOW));
        }
        if (roll < 0.08) {
            return List.of(firstOfKind(scale, OptionKind.NO_ANSWER));
        }
        List<ScaleOption> answers = scale.options().stream().filter(o -> o.kind() == OptionKind.ANSWER).toList();
        if (item instanceof MultipleChoiceItem) {
            List<String> ticked = new ArrayList<>();
            for (ScaleOption option : answers) {
                if (option.positive() && random.nextDouble() < 0.35) {
                    ticked.add(option.value());
                }
            }
            return ticked.isEmpty() ? List.of(firstOfKind(scale, OptionKind.DONT_KNOW)) : ticked;
        }
        double p = Math.max(0.03, Math.min(0.97, child + AREA_EFFECT.getOrDefault(item.area().orElse(""), 0.0)));
        if (item instanceof LineItem) {
            int value = (int) Math.round(Math.max(0, Math.min(10, p * 10 + random.nextGaussian() * 1.8)));
            return List.of(Integer.toString(value));
        }
        // Positive options come first on every scale: the better the child's situation, the nearer the top.
        double position = Math.max(0, Math.min(0.999, (1 - p) + random.nextGaussian() * 0.22));
        return List.of(answers.get((int) (position * answers.size())).value());
    }

    private static String firstOfKind(Scale scale, OptionKind kind) {
        return scale.options().stream().filter(o -> o.kind() == kind).findFirst().orElseThrow().value();
    }
}
