package se.lyssna.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.lyssna.accessibility.readability.ReadabilityCheck;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.Violation;

class AccessibilityCheckTest {

    private final AccessibilityCheck check = new AccessibilityCheck();

    @Test
    void checkQuestionnaire_whenEveryRuleIsKept_findsNothing() {
        assertThat(check.checkQuestionnaire(Fixtures.SMALL, Fixtures.small())).isEmpty();
    }

    @Test
    void checkQuestionnaire_whenEasySwedishSentenceIsLong_failsWithWordCountAndLimit() {
        Questionnaire q = Fixtures.smallWith("sv-x-easy: Jag känner mig trygg där jag bor.",
                "sv-x-easy: Jag känner mig trygg där jag bor och när jag är i skolan och när jag är ute med"
                        + " mina kompisar.");
        List<Violation> violations = check.checkQuestionnaire(Fixtures.SMALL, q);
        assertThat(violations).filteredOn(v -> v.code().equals(ReadabilityCheck.SENTENCE_TOO_LONG))
                .singleElement().satisfies(v -> {
                    assertThat(v.file()).isEqualTo(Fixtures.SMALL);
                    assertThat(v.itemId()).contains("tryg-safe-home");
                    assertThat(v.locale()).contains("sv-x-easy");
                    assertThat(v.message()).startsWith("a sentence has 21 words, limit 15 for sv-x-easy 13–17:");
                });
    }

    @Test
    void checkQuestionnaire_whenSwedishItemIsFullOfLongWords_failsOnLix() {
        Questionnaire q = Fixtures.smallWith("sv: Jag känner mig trygg där jag bor.",
                "sv: Familjehemsföräldrarna informerar mig kontinuerligt beträffande viktiga myndighetsbeslut"
                        + " och handläggningsrutiner.");
        assertThat(check.checkQuestionnaire(Fixtures.SMALL, q))
                .filteredOn(v -> v.code().equals(ReadabilityCheck.LIX_TOO_HIGH)).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("LIX 86.8, limit 50 for sv 13–17 (9 words,"
                        + " 1 sentences, 7 long words)"));
    }

    @Test
    void checkQuestionnaire_whenAWordIsTooLong_namesTheWord() {
        Questionnaire q = Fixtures.smallWith("sv: Jag känner mig trygg där jag bor.",
                "sv: Jag känner mig trygg i familjehemsplaceringsboendet.");
        assertThat(check.checkQuestionnaire(Fixtures.SMALL, q))
                .filteredOn(v -> v.code().equals(ReadabilityCheck.WORD_TOO_LONG)).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("word \"familjehemsplaceringsboendet\" has 28"
                        + " letters, limit 22 for sv 13–17"));
    }

    @Test
    void checkQuestionnaire_whenEnglishIsHard_failsOnFlesch() {
        Questionnaire q = Fixtures.smallWith("en: I feel safe where I live.",
                "en: Accommodation arrangements consistently demonstrate institutional responsibility regarding"
                        + " individual security.");
        assertThat(check.checkQuestionnaire(Fixtures.SMALL, q)).extracting(Violation::code)
                .contains(ReadabilityCheck.FLESCH_TOO_LOW);
    }

    @Test
    void checkQuestionnaire_whenAltTextMissingInOneLocale_failsForThatLocale() {
        Questionnaire q = Fixtures.smallWith("        ar: فقاعة كلام\n", "");
        assertThat(check.checkQuestionnaire(Fixtures.SMALL, q)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(AltTextCheck.MISSING);
            assertThat(v.itemId()).contains("bem-info-understand");
            assertThat(v.locale()).contains("ar");
            assertThat(v.message()).isEqualTo("picture 'speech-bubble' has no alt text in ar");
        });
    }

    @Test
    void checkQuestionnaire_whenAltTextIsAFileNameOrIdentifier_fails() {
        Questionnaire file = Fixtures.smallWith("en: A speech bubble", "en: speech-bubble.svg");
        Questionnaire id = Fixtures.smallWith("en: A speech bubble", "en: speech-bubble");
        assertThat(check.checkQuestionnaire(Fixtures.SMALL, file)).extracting(Violation::code)
                .containsExactly(AltTextCheck.FILE_NAME);
        assertThat(check.checkQuestionnaire(Fixtures.SMALL, id)).singleElement()
                .satisfies(v -> assertThat(v.toString()).isEqualTo(Fixtures.SMALL + ", item bem-info-understand,"
                        + " locale en: [alt-text-is-file-name] alt text \"speech-bubble\" of picture 'speech-bubble'"
                        + " is a file name or identifier; describe the picture in words"));
    }

    @Test
    void checkQuestionnaire_whenAltTextIsTooLong_fails() {
        Questionnaire q = Fixtures.smallWith("en: A speech bubble", "en: " + "A speech bubble. ".repeat(10));
        assertThat(check.checkQuestionnaire(Fixtures.SMALL, q)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("has 169 characters, limit 125"));
    }
}
