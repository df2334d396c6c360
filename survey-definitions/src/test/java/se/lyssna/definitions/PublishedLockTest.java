package se.lyssna.definitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lyssna.definitions.Fixtures.VALID;
import static se.lyssna.definitions.Fixtures.replace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedLockTest {

    private static final String PUBLISHED = replace(VALID, "status: draft", "status: published");

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private Path lockFile() {
        return dir.resolve(PublishedLock.FILE_NAME);
    }

    private List<Questionnaire> published() {
        return List.of(Fixtures.load(PUBLISHED));
    }

    @Test
    void check_whenHashMatches_reportsNothing() {
        PublishedLock lock = PublishedLock.parse("small 2027.1 " + ContentHash.of(Fixtures.load(PUBLISHED)));

        assertThat(lock.check(published())).isEmpty();
    }

    @Test
    void check_whenPublishedContentChanged_reportsPublishedChanged() {
        PublishedLock lock = PublishedLock.parse("# locked\nsmall 2027.1 " + ContentHash.of(Fixtures.load(PUBLISHED)));
        Questionnaire edited = Fixtures.load(replace(PUBLISHED, "en: Welcome", "en: Hello"));

        assertThat(lock.check(List.of(edited))).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.PUBLISHED_CHANGED);
            assertThat(v.file()).isEqualTo("small_2027.1.yaml");
            assertThat(v.message()).contains("published version 2027.1 of small is immutable; make a new version");
        });
    }

    @Test
    void check_whenPublishedVersionHasNoEntry_reportsPublishedNotLocked() {
        assertThat(PublishedLock.empty().check(published())).extracting(Violation::code)
                .containsExactly(Codes.PUBLISHED_NOT_LOCKED);
    }

    @Test
    void check_whenDraftHasNoEntry_reportsNothing() {
        assertThat(PublishedLock.empty().check(List.of(Fixtures.load(VALID)))).isEmpty();
    }

    @Test
    void check_whenLockedVersionIsGone_reportsLockedVersionMissing() {
        PublishedLock lock = PublishedLock.parse("small 2026.1 " + "a".repeat(64));

        assertThat(lock.check(List.of())).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.LOCKED_VERSION_MISSING);
            assertThat(v.message()).contains("small@2026.1");
        });
    }

    @Test
    void check_whenLineIsMalformed_reportsMalformedLockWithLine() {
        PublishedLock lock = PublishedLock.parse("# header\nsmall 2027.1 not-a-hash\n");

        assertThat(lock.check(List.of())).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(Codes.MALFORMED_LOCK);
            assertThat(v.message()).startsWith("line 2");
        });
    }

    @Test
    void appendNewlyPublished_whenLockIsAbsent_createsItWithEntry() throws IOException {
        List<PublishedLock.Entry> added = PublishedLock.appendNewlyPublished(lockFile(), published());

        assertThat(added).extracting(PublishedLock.Entry::version).containsExactly("2027.1");
        assertThat(PublishedLock.read(lockFile()).check(published())).isEmpty();
        assertThat(Files.readString(lockFile())).startsWith("#");
    }

    @Test
    void appendNewlyPublished_neverRewritesExistingLines() throws IOException {
        String existing = "# keep me\nsmall 2027.1 " + "b".repeat(64);
        write(PublishedLock.FILE_NAME, existing);
        Questionnaire next = Fixtures.load(replace(PUBLISHED, "version: \"2027.1\"", "version: \"2028.1\""));

        PublishedLock.appendNewlyPublished(lockFile(), List.of(Fixtures.load(PUBLISHED), next));

        assertThat(Files.readString(lockFile())).isEqualTo(existing + "\nsmall 2028.1 " + ContentHash.of(next) + "\n");
    }

    @Test
    void fromDirectory_whenPublishedFileChangesAfterLocking_fails() throws IOException {
        write("catalog.txt", "# files\nsmall_2027.1.yaml\n");
        write("small_2027.1.yaml", PUBLISHED);
        PublishedLock.appendNewlyPublished(lockFile(), published());
        assertThat(QuestionnaireCatalog.fromDirectory(dir).published()).hasSize(1);

        write("small_2027.1.yaml", replace(PUBLISHED, "positive-from: 7", "positive-from: 8"));

        assertThatThrownBy(() -> QuestionnaireCatalog.fromDirectory(dir))
                .isInstanceOfSatisfying(InvalidQuestionnaireException.class, e ->
                        assertThat(e.violations()).extracting(Violation::code)
                                .containsExactly(Codes.PUBLISHED_CHANGED));
    }

    @Test
    void fromDirectory_whenOnlyCommentsChangeAfterLocking_stillLoads() throws IOException {
        write("catalog.txt", "small_2027.1.yaml\n");
        write("small_2027.1.yaml", PUBLISHED);
        PublishedLock.appendNewlyPublished(lockFile(), published());

        write("small_2027.1.yaml", "# reviewed 2027-03-01\n" + PUBLISHED.replace("\n", "  \n"));

        assertThat(QuestionnaireCatalog.fromDirectory(dir).find("small", "2027.1")).isPresent();
    }

    @Test
    void fromDirectory_whenLockIsAbsent_doesNotRequireLocking() throws IOException {
        write("catalog.txt", "small_2027.1.yaml\n");
        write("small_2027.1.yaml", PUBLISHED);

        assertThat(QuestionnaireCatalog.fromDirectory(dir).all()).hasSize(1);
    }

    @Test
    void fromDirectory_whenLockExistsButVersionUnlocked_fails() throws IOException {
        write("catalog.txt", "small_2027.1.yaml\n");
        write("small_2027.1.yaml", PUBLISHED);
        write(PublishedLock.FILE_NAME, "# nothing yet\n");

        assertThatThrownBy(() -> QuestionnaireCatalog.fromDirectory(dir))
                .hasMessageContaining(Codes.PUBLISHED_NOT_LOCKED);
    }
}
