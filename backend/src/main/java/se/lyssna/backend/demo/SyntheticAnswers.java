package se.lyssna.backend.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import se.lyssna.definitions.FreeTextItem;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.MultipleChoiceItem;
import se.lyssna.definitions.NumberItem;
import se.lyssna.definitions.OptionKind;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.Scale;
import se.lyssna.definitions.ScaleOption;

/**
 * Plausible, made-up answers for demos and load tests: a unit's "climate" (0..1) tilts answers towards the positive
 * options, children sometimes skip or say "don't know", and skip logic is respected.
 */
public final class SyntheticAnswers {
    private final RandomGenerator random;

    public SyntheticAnswers(RandomGenerator random) {
        this.random = random;
    }

    public Map<String, List<String>> answer(Questionnaire questionnaire, double climate) {
        Map<String, List<String>> answers = new HashMap<>();
        for (Item item : questionnaire.allItems()) {
            boolean shown = item.showIf().map(c -> c.holdsFor(answers.getOrDefault(c.item(), List.of())))
                    .orElse(true);
            if (!shown || (!item.required() && random.nextDouble() < 0.04) || item instanceof FreeTextItem) {
                continue;
            }
            if (item instanceof NumberItem number) {
                answers.put(item.id(), List.of(Integer.toString(number.min()
                        + (int) Math.round(Math.abs(random.nextGaussian()) * 2) % (number.max() - number.min() + 1))));
                continue;
            }
            Scale scale = questionnaire.scaleOf(item).orElseThrow();
            answers.put(item.id(), item instanceof MultipleChoiceItem ? several(scale) : List.of(one(scale, climate,
                    item.background().isPresent())));
        }
        return answers;
    }

    private String one(Scale scale, double climate, boolean background) {
        List<ScaleOption> real = scale.options().stream().filter(o -> o.kind() == OptionKind.ANSWER).toList();
        double roll = random.nextDouble();
        if (roll < 0.03) {
            return firstOfKind(scale, OptionKind.DONT_KNOW);
        }
        if (roll < 0.05) {
            return firstOfKind(scale, OptionKind.NO_ANSWER);
        }
        if (background) {
            return real.get(random.nextInt(real.size())).value();
        }
        List<ScaleOption> positive = real.stream().filter(ScaleOption::positive).toList();
        List<ScaleOption> other = real.stream().filter(o -> !o.positive()).toList();
        boolean good = !positive.isEmpty() && (other.isEmpty() || random.nextDouble() < climate);
        List<ScaleOption> pool = good ? positive : other;
        return pool.get(random.nextInt(pool.size())).value();
    }

    private List<String> several(Scale scale) {
        List<String> chosen = new ArrayList<>();
        for (ScaleOption option : scale.options()) {
            if (option.kind() == OptionKind.ANSWER && option.positive() && random.nextDouble() < 0.35) {
                chosen.add(option.value());
            }
        }
        return chosen.isEmpty() ? List.of(firstOfKind(scale, OptionKind.DONT_KNOW)) : chosen;
    }

    private static String firstOfKind(Scale scale, OptionKind kind) {
        return scale.options().stream().filter(o -> o.kind() == kind).findFirst().orElseThrow().value();
    }
}
