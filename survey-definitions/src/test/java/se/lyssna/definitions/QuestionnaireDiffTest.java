package se.lyssna.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lyssna.definitions.Fixtures.VALID;
import static se.lyssna.definitions.Fixtures.replace;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireDiffTest {

    private static final Questionnaire V1 = Fixtures.load(VALID);
    private static final String FUN_SV = "sv: Hur roligt är det";

    private static String next(String version, String yaml) {
        return replace(yaml, "version: \"2027.1\"", "version: \"" + version + "\"");
    }

    private static Questionnaire v2(String yaml) {
        return Fixtures.loadAs("small_2028.1.yaml", next("2028.1", yaml));
    }

    @Test
    void compare_whenNothingChanged_reportsEveryItemComparable() {
        DiffResult diff = QuestionnaireDiff.compare(V1, v2(VALID));

        assertThat(diff.withComparability(Comparability.COMPARABLE)).hasSize(6);
        assertThat(diff.comparableItemIds()).containsExactly("bg-alone", "bem-info", "del-sw-count", "fri-line",
                "soc-who", "free-other");
        assertThat(diff.violations()).isEmpty();
    }

    @Test
    void compare_whenTextChangesWithWordingRevision_keepsItemComparable() {
        String yaml = replace(VALID, FUN_SV, "sv: Hur kul är det")
                + "revisions:\n  - {item: fri-line, kind: wording, note: Simpler words}\n";

        DiffResult diff = QuestionnaireDiff.compare(V1, v2(yaml));

        assertThat(diff.item("fri-line")).hasValueSatisfying(c -> {
            assertThat(c.comparability()).isEqualTo(Comparability.COMPARABLE);
            assertThat(c.reason()).contains("Simpler words");
        });
        assertThat(diff.violations()).isEmpty();
    }

    @Test
    void compare_whenMeaningRevisionIsDeclared_reportsBreak() {
        String yaml = replace(VALID, FUN_SV, "sv: Hur ofta gör du något roligt")
                + "revisions:\n  - {item: fri-line, kind: meaning, note: Asks about frequency now}\n";

        DiffResult diff = QuestionnaireDiff.compare(V1, v2(yaml));

        assertThat(diff.item("fri-line").orElseThrow().comparability()).isEqualTo(Comparability.BREAK);
        assertThat(diff.isComparable("fri-line")).isFalse();
        assertThat(diff.violations()).isEmpty();
    }

    @Test
    void compare_whenSourceTextChangesWithoutRevision_reportsUndeclaredTextChange() {
        DiffResult diff = QuestionnaireDiff.compare(V1, v2(replace(VALID, FUN_SV, "sv: Hur kul är det")));

        assertThat(diff.item("fri-line").orElseThrow().comparability()).isEqualTo(Comparability.BREAK);
        assertThat(diff.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.UNDECLARED_TEXT_CHANGE);
            assertThat(v.itemId()).contains("fri-line");
            assertThat(v.locale()).contains("sv");
            assertThat(v.file()).isEqualTo("small_2028.1.yaml");
        });
    }

    @Test
    void compare_whenOnlyOtherLocaleOrWhitespaceChanges_keepsItemComparable() {
        String yaml = replace(replace(VALID, "en: How fun is it", "en: How much fun is it"), FUN_SV,
                "sv: \"Hur  roligt är det \"");

        DiffResult diff = QuestionnaireDiff.compare(V1, v2(yaml));

        assertThat(diff.isComparable("fri-line")).isTrue();
        assertThat(diff.violations()).isEmpty();
    }

    @Test
    void compare_whenScaleChanges_reportsBreak() {
        String yaml = replace(VALID, "min: 0\n    max: 10", "min: 1\n    max: 10");

        assertThat(QuestionnaireDiff.compare(V1, v2(yaml)).item("fri-line").orElseThrow())
                .satisfies(c -> {
                    assertThat(c.comparability()).isEqualTo(Comparability.BREAK);
                    assertThat(c.reason()).startsWith("answers changed");
                });
    }

    @Test
    void compare_whenScaleLabelChanges_reportsBreakForEveryItemUsingIt() {
        String yaml = replace(VALID, "label: {sv: Ja,", "label: {sv: Ja alltid,");

        DiffResult diff = QuestionnaireDiff.compare(V1, v2(yaml));

        assertThat(diff.withComparability(Comparability.BREAK)).extracting(ItemComparison::itemId)
                .containsExactly("bg-alone", "bem-info", "soc-who");
    }

    @Test
    void compare_whenKindChanges_reportsBreak() {
        String yaml = replace(VALID, "    kind: multiple-choice\n", "    kind: single-choice\n");

        assertThat(QuestionnaireDiff.compare(V1, v2(yaml)).item("soc-who").orElseThrow().reason())
                .isEqualTo("kind changed from multiple-choice to single-choice");
    }

    @Test
    void compare_whenShowIfChanges_reportsBreak() {
        String yaml = replace(VALID, "any-of: [\"no\"]", "any-of: [\"no\", dont-know]");

        assertThat(QuestionnaireDiff.compare(V1, v2(yaml)).isComparable("del-sw-count")).isFalse();
    }

    @Test
    void compare_whenItemsAreAddedAndRemoved_reportsAddedAndRemoved() {
        String yaml = replace(VALID, "id: soc-who", "id: soc-who-2");

        DiffResult diff = QuestionnaireDiff.compare(V1, v2(yaml));

        assertThat(diff.withComparability(Comparability.ADDED)).extracting(ItemComparison::itemId)
                .containsExactly("soc-who-2");
        assertThat(diff.withComparability(Comparability.REMOVED)).extracting(ItemComparison::itemId)
                .containsExactly("soc-who");
        assertThat(diff.items()).last().extracting(ItemComparison::itemId).isEqualTo("soc-who");
    }

    @Test
    void compare_whenRevisionNamesNewItem_reportsRevisionWithoutPrevious() {
        String yaml = replace(VALID, "id: soc-who", "id: soc-who-2")
                + "revisions:\n  - {item: soc-who-2, kind: wording}\n";

        assertThat(QuestionnaireDiff.compare(V1, v2(yaml)).violations()).extracting(Violation::code)
                .containsExactly(Codes.REVISION_WITHOUT_PREVIOUS);
    }

    @Test
    void across_whenWordingRevisedInMiddleVersion_keepsItemComparableWithoutViolation() {
        String middle = next("2027.2", replace(VALID, FUN_SV, "sv: Hur kul är det"))
                + "revisions:\n  - {item: fri-line, kind: wording, note: Simpler}\n";
        String last = next("2028.1", replace(VALID, FUN_SV, "sv: Hur kul är det"));
        List<Questionnaire> versions = List.of(Fixtures.load(last), V1, Fixtures.load(middle));

        DiffResult diff = QuestionnaireDiff.across(versions, "2027.1", "2028.1");

        assertThat(diff.fromVersion()).isEqualTo("2027.1");
        assertThat(diff.isComparable("fri-line")).isTrue();
        assertThat(diff.violations()).isEmpty();
    }

    @Test
    void across_whenMiddleVersionBreaksItem_reportsBreakNamingTheStep() {
        String middle = next("2027.2", replace(VALID, "min: 0\n    max: 10", "min: 1\n    max: 10"));
        List<Questionnaire> versions = List.of(V1, Fixtures.load(middle), v2(VALID));

        DiffResult diff = QuestionnaireDiff.across(versions, "2027.1", "2028.1");

        assertThat(diff.item("fri-line").orElseThrow()).satisfies(c -> {
            assertThat(c.comparability()).isEqualTo(Comparability.BREAK);
            assertThat(c.reason()).startsWith("in 2027.1 → 2027.2");
        });
        assertThat(diff.isComparable("bem-info")).isTrue();
    }

    @Test
    void across_whenItemIsDroppedAndBroughtBack_reportsBreak() {
        String middle = next("2027.2", replace(VALID, "id: soc-who", "id: soc-other"));
        List<Questionnaire> versions = List.of(V1, Fixtures.load(middle), v2(VALID));

        assertThat(QuestionnaireDiff.across(versions, "2027.1", "2028.1").item("soc-who").orElseThrow()
                .comparability()).isEqualTo(Comparability.BREAK);
    }

    @Test
    void across_whenToIsOlderThanFrom_throws() {
        List<Questionnaire> versions = List.of(V1, v2(VALID));

        assertThatThrownBy(() -> QuestionnaireDiff.across(versions, "2028.1", "2027.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("older");
        assertThatThrownBy(() -> QuestionnaireDiff.across(versions, "2027.1", "2030.1"))
                .hasMessageContaining("unknown version 2030.1");
    }

    @Test
    void versions_orderNumerically() {
        assertThat(List.of("2027.10", "2028.1", "2027.2").stream().sorted(Versions.ORDER).toList())
                .containsExactly("2027.2", "2027.10", "2028.1");
    }
}
