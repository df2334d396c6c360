package se.lyssna.backend.participation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lyssna.definitions.BackgroundVariable;
import se.lyssna.definitions.FreeTextItem;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.Questionnaire;

/** Answers that passed validation, split the way they are stored. */
public record ValidatedAnswers(Questionnaire questionnaire, Map<String, List<String>> answers) {

    /** Background answers by variable (already in reporting bands: the scales offer nothing finer). */
    public Map<BackgroundVariable, String> background() {
        Map<BackgroundVariable, String> background = new LinkedHashMap<>();
        for (Item item : questionnaire.background()) {
            List<String> values = answers.get(item.id());
            if (values != null) {
                item.background().flatMap(BackgroundVariable::byKey)
                        .ifPresent(variable -> background.put(variable, values.get(0)));
            }
        }
        return background;
    }

    /** Closed answers of survey items (everything except background and free text). */
    public Map<String, List<String>> closedAnswers() {
        Map<String, List<String>> closed = new LinkedHashMap<>();
        for (Item item : questionnaire.items()) {
            if (!(item instanceof FreeTextItem) && answers.containsKey(item.id())) {
                closed.put(item.id(), answers.get(item.id()));
            }
        }
        return closed;
    }

    /** Non-blank free texts by item ID. */
    public Map<String, String> freeTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Item item : questionnaire.items()) {
            if (item instanceof FreeTextItem && answers.containsKey(item.id())) {
                String text = answers.get(item.id()).get(0).strip();
                if (!text.isEmpty()) {
                    texts.put(item.id(), text);
                }
            }
        }
        return texts;
    }
}
