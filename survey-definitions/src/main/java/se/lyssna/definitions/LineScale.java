package se.lyssna.definitions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A numbered line, e.g. 0–10, with words at both ends. Answers are the numbers as strings plus the two non-answers.
 *
 * @param key          stable key
 * @param min          lowest number
 * @param max          highest number
 * @param positiveFrom numbers at or above this count as positive in an area index
 * @param minLabel     words at the low end
 * @param maxLabel     words at the high end
 * @param dontKnow     label of the "don't know" option
 * @param noAnswer     label of the "don't want to answer" option
 */
public record LineScale(String key, int min, int max, int positiveFrom, LocalizedText minLabel,
                        LocalizedText maxLabel, LocalizedText dontKnow, LocalizedText noAnswer) implements Scale {

    public static final String DONT_KNOW = OptionKind.DONT_KNOW.key();
    public static final String NO_ANSWER = OptionKind.NO_ANSWER.key();

    @Override
    public List<ScaleOption> options() {
        List<ScaleOption> options = new ArrayList<>();
        for (int n = min; n <= max; n++) {
            options.add(new ScaleOption(Integer.toString(n), new LocalizedText(Map.of()), OptionKind.ANSWER,
                    n >= positiveFrom, java.util.Optional.empty()));
        }
        options.add(new ScaleOption(DONT_KNOW, dontKnow, OptionKind.DONT_KNOW, false, java.util.Optional.empty()));
        options.add(new ScaleOption(NO_ANSWER, noAnswer, OptionKind.NO_ANSWER, false, java.util.Optional.empty()));
        return List.copyOf(options);
    }
}
