package se.lyssna.backend.questionnaires;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import se.lyssna.definitions.AgeBand;

/** What the API shows of questionnaires: summaries, and one version with its texts in one locale. */
public final class QuestionnaireViews {
    private QuestionnaireViews() {
    }

    public record Summary(String key, String version, String status, boolean national, AgeBand ageBand,
                          List<String> locales, Map<String, String> title) {
    }

    /** {@code helpLines}: where a child of this questionnaire's ages can get help now, in this locale. */
    public record Localized(String key, String version, String locale, String direction, String title, String intro,
                            AgeBand ageBand, List<ItemView> background, List<ItemView> items,
                            List<HelpLineView> helpLines) {
    }

    /** A help line in one locale; {@code dial} is the number with digits only, for a call button. */
    public record HelpLineView(String name, String phone, String dial, String text, String audio) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemView(String id, String kind, String area, String subArea, String background, String text,
                           boolean required, ImageView image, ConditionView showIf, List<OptionView> options,
                           Integer min, Integer max, String minLabel, String maxLabel, Integer maxLength,
                           String audio) {
    }

    public record ImageView(String pictogram, String alt) {
    }

    public record ConditionView(String item, List<String> anyOf) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OptionView(String value, String label, String kind, String face, String audio) {
    }
}
