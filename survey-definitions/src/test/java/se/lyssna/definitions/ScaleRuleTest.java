package se.lyssna.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lyssna.definitions.Fixtures.VALID;
import static se.lyssna.definitions.Fixtures.codes;
import static se.lyssna.definitions.Fixtures.replace;
import static se.lyssna.definitions.Fixtures.validate;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleRuleTest {

    private static final String YES = "      - {value: \"yes\", kind: answer, positive: true, face: face-happy, "
            + "label: {sv: Ja, en: \"Yes\"}}\n";
    private static final String NO = "      - {value: \"no\", kind: answer, label: {sv: Nej, en: \"No\"}}\n";
    private static final String DONT_KNOW = "      - {value: dont-know, kind: dont-know, "
            + "label: {sv: Vet inte, en: Don't know}}\n";

    @Test
    void validate_whenChoiceScaleHasOnlyNonAnswers_reportsScaleWithoutOptions() {
        String yaml = replace(replace(VALID, YES, ""), NO, "");
        List<Violation> violations = validate(yaml);

        assertThat(codes(violations)).contains(Codes.SCALE_WITHOUT_OPTIONS);
        assertThat(violations).filteredOn(v -> v.code().equals(Codes.SCALE_WITHOUT_OPTIONS)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("scale 'yes-no'"));
    }

    @Test
    void validate_whenChoiceScaleLacksDontKnow_reportsScaleMissingNonAnswers() {
        List<Violation> violations = validate(replace(VALID, DONT_KNOW, ""));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.SCALE_MISSING_NON_ANSWERS);
            assertThat(v.message()).contains("don't know");
        });
    }

    @Test
    void validate_whenLineScaleLacksNoAnswer_reportsScaleMissingNonAnswersOnce() {
        String yaml = replace(VALID, "    no-answer: {sv: Vill inte svara, en: Rather not say}\n", "");
        assertThat(codes(validate(yaml))).containsExactly(Codes.SCALE_MISSING_NON_ANSWERS);
    }

    @Test
    void validate_whenOptionValueRepeats_reportsDuplicateOptionValue() {
        List<Violation> violations = validate(replace(VALID, "{value: \"no\", kind: answer",
                "{value: \"yes\", kind: answer"));

        assertThat(violations).extracting(Violation::code).contains(Codes.DUPLICATE_OPTION_VALUE);
        assertThat(violations).filteredOn(v -> v.code().equals(Codes.DUPLICATE_OPTION_VALUE))
                .extracting(Violation::message).containsExactly("scale 'yes-no' has value 'yes' more than once");
    }

    @Test
    void validate_whenLineMinNotBelowMax_reportsInvalidLineRange() {
        assertThat(codes(validate(replace(VALID, "    min: 0\n    max: 10\n", "    min: 10\n    max: 10\n"))))
                .containsExactly(Codes.INVALID_LINE_RANGE);
    }

    @Test
    void validate_whenPositiveFromOutsideLine_reportsInvalidPositiveFrom() {
        assertThat(codes(validate(replace(VALID, "positive-from: 7", "positive-from: 11"))))
                .containsExactly(Codes.INVALID_POSITIVE_FROM);
    }

    @Test
    void validate_whenUnusedScaleHasNoLabels_reportsNoMissingText() {
        String yaml = replace(VALID, "scales:\n", "scales:\n  - key: unused\n    type: choice\n    options:\n"
                + "      - {value: a, kind: answer, label: {sv: A}}\n"
                + "      - {value: dont-know, kind: dont-know, label: {sv: Vet inte}}\n"
                + "      - {value: no-answer, kind: no-answer, label: {sv: Vill inte svara}}\n");
        assertThat(validate(yaml)).isEmpty();
    }
}
