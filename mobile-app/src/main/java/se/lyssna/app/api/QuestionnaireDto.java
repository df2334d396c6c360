package se.lyssna.app.api;

import java.util.List;

/** One questionnaire version in one locale, as served by GET /api/v1/questionnaires/{key}/versions/{v}. */
/** {@code helpLines}: where a child of the questionnaire's ages gets help now (empty from older backends). */
public record QuestionnaireDto(String key, String version, String locale, String direction, String title,
                               String intro, List<ItemDto> background, List<ItemDto> items,
                               List<HelpLineDto> helpLines) {
}
