package se.lyssna.app.survey;

/** Free text of at most maxLength characters. */
public record TextQuestion(Prompt prompt, int maxLength) implements Question {
}
