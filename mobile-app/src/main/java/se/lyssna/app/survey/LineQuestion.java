package se.lyssna.app.survey;

/** A line from min to max (0–10), answered by tapping one of its steps. */
public record LineQuestion(Prompt prompt, int min, int max, String minLabel, String maxLabel) implements Question {
}
