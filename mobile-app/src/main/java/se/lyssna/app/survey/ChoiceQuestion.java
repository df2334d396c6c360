package se.lyssna.app.survey;

import java.util.List;

/** Single or multiple choice among answer options (the ways not to answer are in the prompt). */
public record ChoiceQuestion(Prompt prompt, List<AnswerOption> answers, boolean multiple) implements Question {
    public ChoiceQuestion {
        answers = List.copyOf(answers);
    }
}
