package se.lyssna.accessibility.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import se.lyssna.definitions.AgeBand;

class ReadabilityTest {

    @Test
    void lix_forKnownText_matchesHandComputedValue() {
        // 10 words, 2 sentences, 1 word over six letters (familjehem): 10/2 + 100*1/10 = 15
        assertThat(Readability.lix("Jag bor i ett familjehem. Där trivs jag mycket bra."))
                .isCloseTo(15.0, within(1e-9));
    }

    @Test
    void lix_forShortTextWithCompounds_countsLongWordsByLetters() {
        // 4 words, 1 sentence, 2 long (Socialsekreteraren 18, lyssnar 7): 4 + 50 = 54
        assertThat(Readability.lix("Socialsekreteraren lyssnar på mig.")).isCloseTo(54.0, within(1e-9));
    }

    @Test
    void lix_forEmptyText_isZero() {
        assertThat(Readability.lix("")).isZero();
    }

    @Test
    void statistics_whenSentencesEndWithQuestionMarkColonOrLineBreak_countsEach() {
        TextStatistics s = TextStatistics.of("Hur mår du? Svara så här: ja eller nej\nTack", "sv");
        assertThat(s.sentences()).isEqualTo(4);
        assertThat(s.words()).isEqualTo(10);
        assertThat(s.longestSentenceWords()).isEqualTo(3);
    }

    @Test
    void statistics_whenTextHasAbbreviation_doesNotEndSentenceThere() {
        TextStatistics s = TextStatistics.of("Du kan t.ex. prata med en vuxen.", "sv");
        assertThat(s.sentences()).isEqualTo(1);
        assertThat(s.words()).isEqualTo(7);
    }

    @Test
    void statistics_whenWordsHavePunctuationAndQuotes_countsOnlyLetters() {
        TextStatistics s = TextStatistics.of("\"Familjehemmet\", sa hon – (ja).", "sv");
        assertThat(s.words()).isEqualTo(4);
        assertThat(s.longestWord()).isEqualTo("Familjehemmet");
        assertThat(s.longestWordLetters()).isEqualTo(13);
        assertThat(s.longWords()).isEqualTo(1);
    }

    @Test
    void statistics_forArabic_splitsAtArabicQuestionMark() {
        TextStatistics s = TextStatistics.of("كيف حالك؟ أشعر بالأمان حيث أسكن.", "ar");
        assertThat(s.sentences()).isEqualTo(2);
        assertThat(s.words()).isEqualTo(6);
        assertThat(s.longestSentenceWords()).isEqualTo(4);
    }

    @Test
    void flesch_forCatSatOnTheMat_is116() {
        // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015*6 - 84.6*1
        TextStatistics s = TextStatistics.of("The cat sat on the mat.", "en");
        assertThat(Readability.fleschReadingEase(s)).isCloseTo(116.145, within(1e-9));
    }

    @Test
    void englishSyllables_forCommonWords_matchDictionary() {
        assertThat(TextStatistics.englishSyllables("make")).isEqualTo(1);
        assertThat(TextStatistics.englishSyllables("little")).isEqualTo(2);
        assertThat(TextStatistics.englishSyllables("understand")).isEqualTo(3);
        assertThat(TextStatistics.englishSyllables("important")).isEqualTo(3);
        assertThat(TextStatistics.englishSyllables("social")).isEqualTo(2);
    }

    @Test
    void limits_forEasySwedishAndYoungChildren_areStricterThanSwedishForTeenagers() {
        ReadabilityLimits teen = ReadabilityLimits.forText(new AgeBand(13, 17), "sv");
        ReadabilityLimits easy = ReadabilityLimits.forText(new AgeBand(13, 17), "sv-x-easy");
        ReadabilityLimits young = ReadabilityLimits.forText(new AgeBand(7, 12), "sv");
        ReadabilityLimits youngEasy = ReadabilityLimits.forText(new AgeBand(7, 12), "sv-x-easy");
        assertThat(easy.maxWordsPerSentence()).isLessThan(teen.maxWordsPerSentence());
        assertThat(young.maxWordsPerSentence()).isLessThan(teen.maxWordsPerSentence());
        assertThat(youngEasy.maxWordsPerSentence()).isLessThan(easy.maxWordsPerSentence());
        assertThat(easy.maxOverallLix()).isLessThan(teen.maxOverallLix());
        assertThat(youngEasy.maxOverallLix()).isLessThan(young.maxOverallLix());
        assertThat(ReadabilityLimits.forText(new AgeBand(13, 17), "en").measure()).isEqualTo(Measure.FLESCH);
        assertThat(ReadabilityLimits.forText(new AgeBand(13, 17), "ar").measure()).isEqualTo(Measure.SENTENCE_LENGTH);
    }
}
