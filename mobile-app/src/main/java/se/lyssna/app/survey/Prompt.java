package se.lyssna.app.survey;

import java.util.Optional;
import se.lyssna.definitions.Condition;

/** What every question has, whatever its kind: text, picture, read-aloud, skip logic and the ways not to answer. */
public record Prompt(String id, String text, Optional<Picture> picture, Optional<String> audio,
                     Optional<Condition> showIf, boolean background, Optional<AnswerOption> dontKnow,
                     Optional<AnswerOption> noAnswer, boolean required) {
}
