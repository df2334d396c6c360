package se.lyssna.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lyssna.definitions.Fixtures.VALID;
import static se.lyssna.definitions.Fixtures.replace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireCatalogTest {

    private static final String V2 = replace(VALID, "version: \"2027.1\"", "version: \"2027.10\"");

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void fromDirectory_ordersVersionsNumericallyAndDiffsThem() throws IOException {
        write("catalog.txt", "small_2027.10.yaml\nsmall_2027.1.yaml\n");
        write("small_2027.1.yaml", VALID);
        write("small_2027.10.yaml", V2);

        QuestionnaireCatalog catalog = QuestionnaireCatalog.fromDirectory(dir);

        assertThat(catalog.versionsOf("small")).extracting(Questionnaire::version).containsExactly("2027.1", "2027.10");
        assertThat(catalog.comparableItemIds("small", "2027.1", "2027.10")).contains("bem-info", "fri-line");
    }

    @Test
    void fromDirectory_whenNextVersionChangesTextWithoutRevision_failsWithUndeclaredTextChange() throws IOException {
        write("catalog.txt", "small_2027.1.yaml\nsmall_2027.10.yaml\n");
        write("small_2027.1.yaml", VALID);
        write("small_2027.10.yaml", replace(V2, "sv: Något mer", "sv: Vill du säga något mer"));

        assertThatThrownBy(() -> QuestionnaireCatalog.fromDirectory(dir))
                .isInstanceOfSatisfying(InvalidQuestionnaireException.class, e ->
                        assertThat(e.violations()).extracting(Violation::code, Violation::itemId)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(Codes.UNDECLARED_TEXT_CHANGE,
                                        java.util.Optional.of("free-other"))));
    }

    @Test
    void fromDirectory_whenFileNameDoesNotMatch_failsWithFileNameMismatch() throws IOException {
        write("catalog.txt", "small.yaml\n");
        write("small.yaml", VALID);

        assertThatThrownBy(() -> QuestionnaireCatalog.fromDirectory(dir)).hasMessageContaining(
                Codes.FILE_NAME_MISMATCH).hasMessageContaining("small_2027.1.yaml");
    }

    @Test
    void fromDirectory_whenSameVersionTwice_failsWithDuplicateVersion() throws IOException {
        write("catalog.txt", "small_2027.1.yaml\ncopy/small_2027.1.yaml\n");
        write("small_2027.1.yaml", VALID);
        Files.createDirectory(dir.resolve("copy"));
        write("copy/small_2027.1.yaml", VALID);

        assertThatThrownBy(() -> QuestionnaireCatalog.fromDirectory(dir))
                .hasMessageContaining(Codes.DUPLICATE_VERSION);
    }

    @Test
    void fromDirectory_whenFirstVersionDeclaresRevision_failsWithRevisionWithoutPrevious() throws IOException {
        write("catalog.txt", "small_2027.1.yaml\n");
        write("small_2027.1.yaml", VALID + "revisions:\n  - {item: fri-line, kind: wording}\n");

        assertThatThrownBy(() -> QuestionnaireCatalog.fromDirectory(dir))
                .hasMessageContaining(Codes.REVISION_WITHOUT_PREVIOUS);
    }

    @Test
    void fromDirectory_whenFileIsMalformed_reportsItWithOtherFilesViolations() throws IOException {
        write("catalog.txt", "small_2027.1.yaml\nother_1.yaml\n");
        write("small_2027.1.yaml", replace(VALID, "area: fritid\n", "area: fritiden\n"));
        write("other_1.yaml", "key: other\nversion: [\n");

        assertThatThrownBy(() -> QuestionnaireCatalog.fromDirectory(dir))
                .isInstanceOfSatisfying(InvalidQuestionnaireException.class, e ->
                        assertThat(e.violations()).extracting(Violation::code)
                                .containsExactlyInAnyOrder(Codes.UNKNOWN_AREA, Codes.MALFORMED));
    }
}
