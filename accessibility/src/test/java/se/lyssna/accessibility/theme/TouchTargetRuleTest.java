package se.lyssna.accessibility.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TouchTargetRuleTest {

    @Test
    void check_whenExactly48By48_passes() {
        assertThat(TouchTargetRule.check("next-button", 48, 48)).isEmpty();
        assertThat(TouchTargetRule.passes(120, 56)).isTrue();
    }

    @Test
    void check_whenTooNarrow_returnsViolationNamingControlAndSize() {
        assertThat(TouchTargetRule.check("dont-know-button", 44, 60)).hasValueSatisfying(v -> {
            assertThat(v.code()).isEqualTo(TouchTargetRule.CODE);
            assertThat(v.itemId()).contains("dont-know-button");
            assertThat(v.message()).isEqualTo("control dont-know-button is 44×60 px, needs at least 48×48 px");
        });
    }
}
