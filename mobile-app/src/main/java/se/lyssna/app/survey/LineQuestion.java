package se.lyssna.app.survey;

import java.util.Map;

/**
 * A line from min to max (0–10), answered by tapping one of its steps; {@code pictures} names the face a step shows
 * (the ends and the middle, from the definitions' answer-pictures table), so that a child who cannot yet read
 * "Mycket dåligt" still sees which end is which.
 */
public record LineQuestion(Prompt prompt, int min, int max, String minLabel, String maxLabel,
                           Map<Integer, String> pictures) implements Question {
    public LineQuestion {
        pictures = Map.copyOf(pictures);
    }
}
