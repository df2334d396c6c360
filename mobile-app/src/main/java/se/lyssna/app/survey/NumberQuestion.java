package se.lyssna.app.survey;

/** A whole number between min and max ("if you don't know, say what you think"). */
public record NumberQuestion(Prompt prompt, int min, int max) implements Question {
}
