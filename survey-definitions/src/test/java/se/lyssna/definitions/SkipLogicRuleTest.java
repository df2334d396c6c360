package se.lyssna.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lyssna.definitions.Fixtures.VALID;
import static se.lyssna.definitions.Fixtures.codes;
import static se.lyssna.definitions.Fixtures.replace;
import static se.lyssna.definitions.Fixtures.validate;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkipLogicRuleTest {

    private static final String SHOW_IF = "show-if: {item: bem-info, any-of: [\"no\"]}";

    @Test
    void validate_whenShowIfNamesUnknownItem_reportsShowIfUnknownItem() {
        List<Violation> violations = validate(replace(VALID, SHOW_IF, "show-if: {item: bem-inf, any-of: [\"no\"]}"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.SHOW_IF_UNKNOWN_ITEM);
            assertThat(v.itemId()).contains("del-sw-count");
            assertThat(v.message()).contains("bem-inf");
        });
    }

    @Test
    void validate_whenShowIfNamesLaterItem_reportsShowIfLaterItem() {
        assertThat(codes(validate(replace(VALID, SHOW_IF, "show-if: {item: soc-who, any-of: [\"no\"]}"))))
                .containsExactly(Codes.SHOW_IF_LATER_ITEM);
    }

    @Test
    void validate_whenShowIfNamesItself_reportsShowIfLaterItem() {
        assertThat(codes(validate(replace(VALID, SHOW_IF, "show-if: {item: del-sw-count, any-of: [\"1\"]}"))))
                .containsExactly(Codes.SHOW_IF_LATER_ITEM);
    }

    @Test
    void validate_whenShowIfValueIsNotOnScale_reportsShowIfUnknownValue() {
        List<Violation> violations = validate(replace(VALID, SHOW_IF, "show-if: {item: bem-info, any-of: [nej]}"));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.SHOW_IF_UNKNOWN_VALUE);
            assertThat(v.message()).contains("'nej'").contains("yes, no, dont-know, no-answer");
        });
    }

    @Test
    void validate_whenShowIfHasNoValues_reportsShowIfWithoutValues() {
        assertThat(codes(validate(replace(VALID, SHOW_IF, "show-if: {item: bem-info, any-of: []}"))))
                .containsExactly(Codes.SHOW_IF_WITHOUT_VALUES);
    }

    @Test
    void validate_whenShowIfOnLineValueOutsideRange_reportsShowIfUnknownValue() {
        String yaml = replace(VALID, "    text: {sv: Vem pratar du med",
                "    show-if: {item: fri-line, any-of: [\"3\", \"11\"]}\n    text: {sv: Vem pratar du med");
        assertThat(validate(yaml)).extracting(Violation::message)
                .singleElement().asString().contains("'11'");
    }

    @Test
    void validate_whenShowIfOnNumberUsesRangeAndNonAnswers_reportsNothing() {
        String yaml = replace(VALID, "    text: {sv: Hur roligt",
                "    show-if: {item: del-sw-count, any-of: [\"0\", \"20\", dont-know]}\n    text: {sv: Hur roligt");
        assertThat(validate(yaml)).isEmpty();
    }

    @Test
    void validate_whenShowIfOnFreeText_reportsShowIfUnknownValue() {
        String yaml = VALID + """
                  - id: free-follow
                    kind: free-text
                    area: bemotande
                    sub-area: kommunikation
                    show-if: {item: free-other, any-of: [anything]}
                    text: {sv: Mer, en: More}
                """;
        assertThat(codes(validate(yaml))).containsExactly(Codes.SHOW_IF_UNKNOWN_VALUE);
    }
}
