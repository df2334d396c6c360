package se.lyssna.accessibility.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ContrastTest {

    @Test
    void ratio_blackOnWhite_is21() {
        assertThat(Contrast.ratio("#000000", "#FFFFFF")).isCloseTo(21.0, within(1e-9));
    }

    @Test
    void ratio_grey777OnWhite_isAbout4_48() {
        assertThat(Contrast.ratio("#777", "#fff")).isCloseTo(4.48, within(0.005));
    }

    @Test
    void ratio_grey767676OnWhite_justPassesAA() {
        assertThat(Contrast.ratio("#767676", "#FFFFFF")).isCloseTo(4.54, within(0.005)).isGreaterThan(4.5);
    }

    @Test
    void ratio_isSymmetricAndOneForEqualColours() {
        assertThat(Contrast.ratio("#2F6F62", "#FBF6EE")).isEqualTo(Contrast.ratio("#FBF6EE", "#2F6F62"));
        assertThat(Contrast.ratio("#123456", "#123456")).isEqualTo(1.0);
    }

    @Test
    void luminance_ofPrimaryColours_matchesWcagCoefficients() {
        assertThat(Contrast.luminance("#FFFFFF")).isCloseTo(1.0, within(1e-9));
        assertThat(Contrast.luminance("#FF0000")).isCloseTo(0.2126, within(1e-9));
        assertThat(Contrast.luminance("#00FF00")).isCloseTo(0.7152, within(1e-9));
        assertThat(Contrast.luminance("#0000FF")).isCloseTo(0.0722, within(1e-9));
    }

    @Test
    void format_showsTwoDecimals() {
        assertThat(Contrast.format(4.478)).isEqualTo("4.48:1");
    }

    @Test
    void luminance_whenNotAColour_fails() {
        assertThatThrownBy(() -> Contrast.luminance("teal")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("teal");
    }
}
