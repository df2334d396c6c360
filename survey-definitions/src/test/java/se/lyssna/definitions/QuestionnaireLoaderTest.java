package se.lyssna.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static se.lyssna.definitions.Fixtures.VALID;
import static se.lyssna.definitions.Fixtures.replace;

import org.junit.jupiter.api.Test;

class QuestionnaireLoaderTest {

    private final QuestionnaireLoader loader = QuestionnaireLoader.withoutSharedScales();

    @Test
    void parse_whenYamlIsBroken_returnsMalformedWithLineNumber() {
        String yaml = "key: small\nversion: \"2027.1\"\ntitle: {sv: Hej\nitems: [\n";

        LoadResult result = loader.parse("broken.yaml", yaml);

        assertThat(result).isInstanceOfSatisfying(LoadResult.Failed.class, failed ->
                assertThat(failed.violations()).singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo(Codes.MALFORMED);
                    assertThat(v.file()).isEqualTo("broken.yaml");
                    assertThat(v.message()).containsPattern("line \\d+");
                }));
    }

    @Test
    void parse_whenFieldIsUnknown_returnsMalformedNamingIt() {
        LoadResult result = loader.parse("x.yaml", replace(VALID, "national: false", "nationell: false"));

        assertThat(result).isInstanceOfSatisfying(LoadResult.Failed.class, failed ->
                assertThat(failed.violations().get(0).message()).contains("nationell").contains("(line 4)"));
    }

    @Test
    void parse_whenItemFieldIsMisspelt_reportsTheLineOfThatField() {
        String yaml = replace(VALID, "max-length: 300", "max-lenght: 300");
        long line = yaml.substring(0, yaml.indexOf("max-lenght")).lines().count();

        LoadResult result = loader.parse("x.yaml", yaml);

        assertThat(result).isInstanceOfSatisfying(LoadResult.Failed.class, failed ->
                assertThat(failed.violations().get(0).message()).contains("max-lenght")
                        .contains("(line " + line + ")").contains("items[4]"));
    }

    @Test
    void parse_whenOptionalPartsAreLeftOutOrNull_everyItemKindReadsThemAsEmpty() {
        String yaml = replace(VALID, "scale: line-0-10\n", "scale: line-0-10\n    image: null\n");
        Questionnaire q = Fixtures.load(replace(yaml, "    text: {sv: Något mer, en: Anything else}\n", ""));

        assertThat(q.background().get(0).area()).isEmpty();
        for (Item item : q.items()) {
            assertThat(item.image()).as(item.id()).isNotNull();
            assertThat(item.showIf()).as(item.id()).isNotNull();
            assertThat(item.background()).as(item.id()).isEmpty();
        }
        assertThat(q.items()).filteredOn(i -> i.id().equals("fri-line")).singleElement()
                .satisfies(i -> assertThat(i.image()).isEmpty());
        assertThat(q.items()).filteredOn(i -> i.id().equals("free-other")).singleElement()
                .satisfies(i -> assertThat(i.text()).isEqualTo(LocalizedText.empty()));
    }

    @Test
    void parse_whenTranslationIsPlainString_marksItReviewed() {
        Questionnaire q = Fixtures.load(VALID);

        assertThat(q.title().in("en")).contains(new Translation("How are you", TranslationStatus.REVIEWED));
    }

    @Test
    void parse_whenTranslationIsDraftObject_keepsTextAndDraftStatus() {
        Questionnaire q = Fixtures.load(replace(VALID, "en: How are you}", "en: {text: How are you, status: draft}}"));

        assertThat(q.title().in("en")).contains(new Translation("How are you", TranslationStatus.DRAFT));
        assertThat(new QuestionnaireValidator().validate("x", q)).isEmpty();
    }

    @Test
    void parse_whenTranslationStatusIsUnknown_returnsMalformed() {
        LoadResult result = loader.parse("x.yaml", replace(VALID, "en: How are you}",
                "en: {text: How are you, status: done}}"));

        assertThat(result).isInstanceOfSatisfying(LoadResult.Failed.class, failed ->
                assertThat(failed.violations().get(0).message()).contains("status must be"));
    }

    @Test
    void parse_whenItemKindIsUnknown_returnsMalformed() {
        LoadResult result = loader.parse("x.yaml", replace(VALID, "kind: free-text", "kind: essay"));

        assertThat(result).isInstanceOf(LoadResult.Failed.class);
    }

    @Test
    void parse_whenFileIsNotAMapping_returnsNotAQuestionnaire() {
        assertThat(loader.parse("x.yaml", "- just\n- a list\n")).isInstanceOfSatisfying(LoadResult.Failed.class,
                failed -> assertThat(failed.violations().get(0).code()).isEqualTo("not-a-questionnaire"));
    }

    @Test
    void parse_whenScaleIsShared_mergesItAndLocalScalesWin() {
        String shared = """
                scales:
                  - key: agree
                    type: choice
                    options:
                      - {value: a, label: {sv: A}}
                  - key: yes-no
                    type: choice
                    options: []
                """;
        Questionnaire q = ((LoadResult.Loaded) QuestionnaireLoader.withSharedScales(shared).parse("x", VALID))
                .questionnaire();

        assertThat(q.scales()).containsKeys("agree", "yes-no", "line-0-10");
        assertThat(q.scale("yes-no").orElseThrow().options()).hasSize(4);
        assertThat(q.usedScales()).containsOnlyKeys("yes-no", "line-0-10");
    }
}
