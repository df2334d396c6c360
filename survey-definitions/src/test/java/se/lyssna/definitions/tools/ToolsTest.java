package se.lyssna.definitions.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lyssna.definitions.PublishedLock;

class ToolsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static final String V1 = """
            key: tiny
            version: "1"
            status: published
            age-band: {from: 7, to: 12}
            locales: [sv]
            title: {sv: Titel}
            intro: {sv: Intro}
            scales:
              - key: yn
                type: choice
                options:
                  - {value: "yes", label: {sv: Ja}}
                  - {value: dont-know, kind: dont-know, label: {sv: Vet inte}}
                  - {value: no-answer, kind: no-answer, label: {sv: Vill inte svara}}
            items:
              - {id: a-one, kind: single-choice, scale: yn, area: fritid, sub-area: fritidsaktiviteter, text: {sv: Ett}}
              - {id: a-two, kind: single-choice, scale: yn, area: fritid, sub-area: fritidsaktiviteter, text: {sv: Två}}
            """;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("catalog.txt"), "tiny_1.yaml\ntiny_2.yaml\n");
        Files.writeString(dir.resolve("tiny_1.yaml"), V1);
        Files.writeString(dir.resolve("tiny_2.yaml"), V1.replace("version: \"1\"", "version: \"2\"")
                .replace("status: published", "status: draft").replace("{sv: Två}", "{sv: Tre}")
                .replace("id: a-one", "id: a-new"));
    }

    /** Locking refuses invalid catalogs, and version 2 carries an undeclared change for the diff tests. */
    private int lock() throws IOException {
        Files.writeString(dir.resolve("catalog.txt"), "tiny_1.yaml\n");
        return LockPublished.run(new String[] {dir.toString()}, print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    @Test
    void lockPublished_whenVersionIsNewlyPublished_addsItsLineOnce() throws IOException {
        assertThat(lock()).isZero();
        String first = Files.readString(dir.resolve(PublishedLock.FILE_NAME));
        assertThat(lock()).isZero();

        assertThat(first).containsOnlyOnce("tiny 1 ").doesNotContain("tiny 2 ");
        assertThat(Files.readString(dir.resolve(PublishedLock.FILE_NAME))).isEqualTo(first);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("locked tiny@1").contains("already locked");
    }

    @Test
    void lockPublished_whenLockedVersionChanged_refusesAndKeepsLock() throws IOException {
        lock();
        String locked = Files.readString(dir.resolve(PublishedLock.FILE_NAME));
        Files.writeString(dir.resolve("tiny_1.yaml"), V1.replace("{sv: Ett}", "{sv: Ettan}"));

        assertThat(lock()).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("published-changed");
        assertThat(Files.readString(dir.resolve(PublishedLock.FILE_NAME))).isEqualTo(locked);
    }

    @Test
    void lockPublished_whenFileIsInvalid_locksNothing() throws IOException {
        // tiny_2 changes a text without declaring a revision, which alone is enough to refuse.
        assertThat(LockPublished.run(new String[] {dir.toString()}, print(out), print(err))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("undeclared-text-change");

        Files.writeString(dir.resolve("tiny_1.yaml"), V1.replace("area: fritid,", "area: fritids,"));

        assertThat(lock()).isEqualTo(1);
        assertThat(dir.resolve(PublishedLock.FILE_NAME)).doesNotExist();
    }

    @Test
    void diffQuestionnaires_printsTableAndUndeclaredChange() {
        int code = DiffQuestionnaires.run(new String[] {dir.toString(), "tiny", "1", "2"}, print(out), print(err));

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(table).contains("tiny: 1 → 2").containsPattern("a-new\\s+ADDED")
                .containsPattern("a-two\\s+BREAK\\s+text changed").containsPattern("a-one\\s+REMOVED")
                .contains("0 comparable, 1 break, 1 added, 1 removed").contains("undeclared-text-change");
    }

    @Test
    void diffQuestionnaires_whenArgumentsAreWrong_printsUsage() {
        assertThat(DiffQuestionnaires.run(new String[] {"x"}, print(out), print(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage:");
    }
}
