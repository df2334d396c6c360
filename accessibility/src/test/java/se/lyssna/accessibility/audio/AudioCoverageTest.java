package se.lyssna.accessibility.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lyssna.accessibility.AccessibilityCheck;
import se.lyssna.accessibility.Fixtures;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.Violation;

class AudioCoverageTest {

    @TempDir
    Path audio;

    private final Questionnaire q = Fixtures.small();

    /** Fake audio: a file per text and a manifest entry per file, without running espeak-ng. */
    private void fakeAudioFor(List<SpokenText> texts) throws Exception {
        AudioManifest manifest = AudioManifest.read(audio);
        for (SpokenText text : texts) {
            Path file = audio.resolve(text.path());
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[] {1, 2, 3});
            manifest.put(text.hash(), new AudioManifest.Entry(text.locale(), text.text(), text.path(), 3, 1.0, "sv",
                    160));
        }
        manifest.write(audio);
    }

    @Test
    void spokenTexts_ofQuestionnaire_coverTitleIntroItemsAndOptionLabelsOncePerLocale() {
        List<SpokenText> sv = SpokenText.of(q, List.of("sv"));
        assertThat(sv).extracting(SpokenText::text).containsExactly("Hur har du det?",
                "Här är några frågor om hur du har det. Det finns inga rätta svar.",
                "Jag får veta det som är viktigt för mig på ett sätt jag förstår.",
                "Jag känner mig trygg där jag bor.", "Ja", "Nej", "Vet inte", "Vill inte svara");
        assertThat(SpokenText.of(q, List.of())).hasSize(32);
    }

    @Test
    void checkAudio_whenAllAudioIsThere_findsNothing() throws Exception {
        fakeAudioFor(SpokenText.of(q, List.of()));
        assertThat(new AccessibilityCheck().checkAudio(Fixtures.SMALL, q, audio)).isEmpty();
        assertThat(new AudioCoverage(audio).coverage(q)).allSatisfy(c -> {
            assertThat(c.current()).isEqualTo(c.expected());
            assertThat(c.missing()).isZero();
        });
    }

    @Test
    void checkAudio_whenOneFileIsMissing_namesTextAndExpectedPath() throws Exception {
        List<SpokenText> all = SpokenText.of(q, List.of());
        SpokenText safe = all.stream().filter(t -> t.text().equals("I feel safe where I live.")).findFirst()
                .orElseThrow();
        fakeAudioFor(all.stream().filter(t -> t != safe).toList());

        List<Violation> violations = new AccessibilityCheck().checkAudio(Fixtures.SMALL, q, audio);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(AudioCoverage.MISSING);
            assertThat(v.itemId()).contains("tryg-safe-home");
            assertThat(v.locale()).contains("en");
            assertThat(v.message()).startsWith("no read-aloud audio for \"I feel safe where I live.\" (expected en/"
                    + safe.hash() + ".mp3");
        });
    }

    @Test
    void checkAudio_whenFileDoesNotMatchManifest_reportsStale() throws Exception {
        List<SpokenText> all = SpokenText.of(q, List.of());
        fakeAudioFor(all);
        Files.write(audio.resolve(all.get(0).path()), new byte[] {9, 9, 9, 9, 9});

        assertThat(new AccessibilityCheck().checkAudio(Fixtures.SMALL, q, audio)).singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo(AudioCoverage.STALE);
                    assertThat(v.itemId()).contains("title");
                    assertThat(v.message()).contains("does not match its manifest entry (size 5 bytes)");
                });
    }

    @Test
    void checkAudio_whenNoAudioAtAll_reportsEveryText() {
        assertThat(new AccessibilityCheck().checkAudio(Fixtures.SMALL, q, audio)).hasSize(32)
                .extracting(Violation::code).containsOnly(AudioCoverage.MISSING);
    }
}
