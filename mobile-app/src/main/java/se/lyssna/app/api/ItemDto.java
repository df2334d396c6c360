package se.lyssna.app.api;

import java.util.List;
import se.lyssna.definitions.Condition;

/** One item as served by the questionnaire endpoint, texts in one locale. */
public record ItemDto(String id, String kind, String area, String subArea, String background, String text,
                      Boolean required, ImageDto image, Condition showIf, List<OptionDto> options,
                      Integer min, Integer max, String minLabel, String maxLabel, Integer maxLength,
                      String audio) {
}
