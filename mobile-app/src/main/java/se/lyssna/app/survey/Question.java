package se.lyssna.app.survey;

/** One screen of the survey. The kind decides the answer control; the prompt is shared by all kinds. */
public sealed interface Question permits ChoiceQuestion, LineQuestion, NumberQuestion, TextQuestion {

    Prompt prompt();

    default String id() {
        return prompt().id();
    }
}
