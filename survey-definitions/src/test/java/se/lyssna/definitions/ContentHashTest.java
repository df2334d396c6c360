package se.lyssna.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lyssna.definitions.Fixtures.VALID;
import static se.lyssna.definitions.Fixtures.replace;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static final String SHARED = """
            scales:
              - key: faces
                type: choice
                options:
                  - {value: good, label: {sv: Bra, en: Good}}
                  - {value: dont-know, kind: dont-know, label: {sv: Vet inte, en: Don't know}}
                  - {value: no-answer, kind: no-answer, label: {sv: Vill inte svara, en: Rather not say}}
            """;

    private static String hash(String yaml) {
        return ContentHash.of(Fixtures.load(yaml));
    }

    private static String hashWithShared(String shared, String yaml) {
        return ContentHash.of(((LoadResult.Loaded) QuestionnaireLoader.withSharedScales(shared).parse("x", yaml))
                .questionnaire());
    }

    @Test
    void of_returnsHexSha256() {
        assertThat(hash(VALID)).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void canonicalJson_hasSortedContentPropertiesOnly() {
        String json = ContentHash.canonicalJson(Fixtures.load(VALID));

        assertThat(json).startsWith("{\"ageBand\":{\"from\":13,\"to\":17},\"background\":")
                .doesNotContain("\"published\"").doesNotContain("\n");
    }

    @Test
    void of_whenOnlyCommentsAndFormattingChange_returnsSameHash() {
        String reformatted = "# A comment at the top\n" + VALID
                .replace("title: {sv: Hur har du det, en: How are you}",
                        "title:   # the name\n  sv: 'Hur har du det'\n  en: \"How are you\"")
                .replace("age-band: {from: 13, to: 17}", "age-band:\n  to: 17\n  from: 13")
                .replace("key: small\nversion: \"2027.1\"", "version: '2027.1'\nkey: small");

        assertThat(hash(reformatted)).isEqualTo(hash(VALID));
    }

    @Test
    void of_whenLocaleOrderInTextChanges_returnsSameHash() {
        assertThat(hash(replace(VALID, "{sv: Välkommen, en: Welcome}", "{en: Welcome, sv: Välkommen}")))
                .isEqualTo(hash(VALID));
    }

    @Test
    void of_whenTextChanges_returnsOtherHash() {
        assertThat(hash(replace(VALID, "en: Welcome", "en: Welcome!"))).isNotEqualTo(hash(VALID));
    }

    @Test
    void of_whenItemOrderChanges_returnsOtherHash() {
        String itemA = VALID.substring(VALID.indexOf("  - id: fri-line"), VALID.indexOf("  - id: soc-who"));
        String reordered = VALID.replace(itemA, "") + itemA;

        assertThat(hash(reordered)).isNotEqualTo(hash(VALID));
    }

    @Test
    void of_whenTranslationStatusChanges_returnsOtherHash() {
        assertThat(hash(replace(VALID, "en: Welcome}", "en: {text: Welcome, status: draft}}")))
                .isNotEqualTo(hash(VALID));
    }

    @Test
    void of_whenUsedScaleChanges_returnsOtherHash() {
        assertThat(hash(replace(VALID, "positive-from: 7", "positive-from: 6"))).isNotEqualTo(hash(VALID));
    }

    @Test
    void of_whenUsedSharedScaleLabelChanges_returnsOtherHash() {
        String yaml = replace(VALID, "    sub-area: relationer\n    scale: yes-no", "    sub-area: relationer\n"
                + "    scale: faces");

        assertThat(hashWithShared(SHARED.replace("Bra", "Mycket bra"), yaml)).isNotEqualTo(hashWithShared(SHARED,
                yaml));
    }

    @Test
    void of_whenUnusedSharedScaleIsAdded_returnsSameHash() {
        String more = SHARED + "  - key: other\n    type: choice\n    options: []\n";

        assertThat(hashWithShared(more, VALID)).isEqualTo(hashWithShared(SHARED, VALID)).isEqualTo(hash(VALID));
    }
}
