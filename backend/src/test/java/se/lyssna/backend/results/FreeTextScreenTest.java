package se.lyssna.backend.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.lyssna.backend.results.disclosure.FreeTextScreen;

class FreeTextScreenTest {
    @Test
    void redact_namesPhonesMailsAndIdNumbers() {
        String text = FreeTextScreen.redact("Personalen är snälla, särskilt Ahmed. Ring 070-123 45 67 eller"
                + " +46 8 123 456 78, maila kim.b@example.se. Mitt nummer är 20080512-1234. Jag bor hos Bengtssons.");
        assertThat(text).doesNotContain("Ahmed", "070", "123 45", "example", "20080512", "Bengtssons")
                .contains("[namn]", "[telefonnummer]", "[e-post]", "[personnummer]");
        assertThat(text).startsWith("Personalen är snälla");
    }

    @Test
    void redact_knownFirstNameAtSentenceStart() {
        assertThat(FreeTextScreen.redact("Lena bryr sig inte.")).isEqualTo("[namn] bryr sig inte.");
        assertThat(FreeTextScreen.redact("Skolan är svår. Jag vill ha hjälp i Sverige."))
                .isEqualTo("Skolan är svår. Jag vill ha hjälp i Sverige.");
    }
}
