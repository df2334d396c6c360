package se.lyssna.accessibility.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lyssna.definitions.AgeBand;
import se.lyssna.definitions.AudioKey;

class AudioGeneratorTest {

    @TempDir
    Path out;

    @Test
    void generate_withEspeakAndLame_writesSmallMp3sAndAManifestThatMatches() throws Exception {
        assumeTrue(AudioGenerator.toolsAvailable(), "espeak-ng and lame are not on PATH");
        AgeBand teens = new AgeBand(13, 17);
        List<AudioGenerator.Request> requests = List.of(
                new AudioGenerator.Request(new SpokenText("sv", "Jag känner mig trygg där jag bor.", "tryg"),
                        Voice.forText("sv", teens)),
                new AudioGenerator.Request(new SpokenText("en", "I feel safe where I live.", "tryg"),
                        Voice.forText("en", teens)));
        List<AudioGenerator.Outcome> outcomes = new CopyOnWriteArrayList<>();

        AudioGenerator.Summary first = new AudioGenerator(out, "espeak-ng", "lame", 2)
                .generate(requests, (done, total, text, outcome) -> outcomes.add(outcome));

        assertThat(first.failures()).isEmpty();
        assertThat(first.generated()).isEqualTo(2);
        assertThat(outcomes).containsOnly(AudioGenerator.Outcome.GENERATED).hasSize(2);
        AudioManifest manifest = AudioManifest.read(out);
        for (AudioGenerator.Request request : requests) {
            SpokenText text = request.text();
            Path mp3 = out.resolve(AudioKey.path(text.locale(), text.text()));
            assertThat(mp3).exists();
            byte[] bytes = Files.readAllBytes(mp3);
            // More than a header: a second of 32 kbps speech is ~4 kB.
            assertThat(bytes.length).isGreaterThan(3_000).isLessThan(40_000);
            boolean id3 = bytes[0] == 'I' && bytes[1] == 'D' && bytes[2] == '3';
            boolean frameSync = (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0;
            assertThat(id3 || frameSync).as("MP3 header").isTrue();
            assertThat(manifest.get(text.hash())).hasValueSatisfying(entry -> {
                assertThat(entry.text()).isEqualTo(text.text());
                assertThat(entry.locale()).isEqualTo(text.locale());
                assertThat(entry.file()).isEqualTo(text.path());
                assertThat(entry.bytes()).isEqualTo(bytes.length);
                assertThat(entry.durationSeconds()).isBetween(0.8, 6.0);
                assertThat(entry.voice()).isEqualTo(request.voice().espeakVoice());
            });
        }

        AudioGenerator.Summary again = new AudioGenerator(out, "espeak-ng", "lame", 2)
                .generate(requests, (done, total, text, outcome) -> { });
        assertThat(again.generated()).isZero();
        assertThat(again.upToDate()).isEqualTo(2);
    }

    @Test
    void voice_forEasySwedishAndYoungChildren_isSlower() {
        Voice teen = Voice.forText("sv", new AgeBand(13, 17));
        assertThat(Voice.forText("sv-x-easy", new AgeBand(13, 17)).wordsPerMinute()).isLessThan(teen.wordsPerMinute());
        assertThat(Voice.forText("sv", new AgeBand(7, 12)).wordsPerMinute()).isLessThan(teen.wordsPerMinute());
        assertThat(Voice.forText("sv-x-easy", new AgeBand(7, 12)).espeakVoice()).isEqualTo("sv");
        assertThat(Voice.forText("en", new AgeBand(13, 17)).espeakVoice()).isEqualTo("en-gb");
        assertThat(Voice.forText("ar", new AgeBand(13, 17)).espeakVoice()).isEqualTo("ar");
    }
}
