package se.lyssna.app.storage;

import java.util.List;
import java.util.Map;
import se.lyssna.app.api.ParticipationDto;
import se.lyssna.app.api.QuestionnaireDto;

/**
 * Answers in progress, saved after every answer so that a closed or crashed app resumes where the child was.
 *
 * @param code          the normalised participation code (to get a fresh token if the first one expires)
 * @param language      the chosen app language tag
 * @param currentItem   the item shown last, or null before the first item
 * @param stage         where in the flow: about, question, review
 */
public record SavedProgress(String code, ParticipationDto participation, QuestionnaireDto questionnaire,
                            String language, Map<String, List<String>> answers, String currentItem, String stage) {
}
