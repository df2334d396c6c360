package se.lyssna.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParticipationCodeTest {

    @Test
    void normalise_whenMixedCaseSpacesAndDashes_returnsUpperCaseLettersAndDigits() {
        assertThat(ParticipationCode.normalise(" abcd-efgh jk lm ")).isEqualTo("ABCDEFGHJKLM");
    }

    @Test
    void looksComplete_whenFewCharacters_returnsFalse() {
        assertThat(ParticipationCode.looksComplete("ab-c")).isFalse();
        assertThat(ParticipationCode.looksComplete("abcd-ef")).isTrue();
    }
}
