package se.lyssna.accessibility.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lyssna.definitions.AudioKey;
import se.lyssna.definitions.SpokenPattern;

class AppTextsTest {
    @TempDir
    Path dir;

    private void write(String name, String... lines) throws Exception {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<SpokenText> all, String locale) {
        return all.stream().filter(t -> t.locale().equals(locale)).map(SpokenText::text).toList();
    }

    @Test
    void of_looksUpEachLocaleAsTheAppsBundleDoes_withEasySwedishFallingBackToSwedish() throws Exception {
        write("messages.properties", "language.ar=العربية", "shell.contrast=◐");
        write("messages_sv.properties", "start.begin=Börja", "code.title=Skriv koden från ditt brev");
        write("messages_sv__easy.properties", "code.title=Skriv koden från brevet");
        write("messages_ar.properties", "start.begin=ابدأ");
        write("facilitator.properties", "signin.title=Logga in");

        List<SpokenText> all = AppTexts.of(dir, List.of());

        assertThat(texts(all, "sv")).contains("Börja", "Skriv koden från ditt brev", "العربية");
        assertThat(texts(all, "sv-x-easy")).contains("Börja", "Skriv koden från brevet")
                .doesNotContain("Skriv koden från ditt brev");
        assertThat(texts(all, "ar")).contains("ابدأ", "العربية").doesNotContain("Börja");
        assertThat(all).extracting(SpokenText::text).doesNotContain("Logga in", "◐");
        assertThat(all).extracting(SpokenText::locale).containsOnly("sv", "sv-x-easy", "ar");
        assertThat(all).filteredOn(t -> t.text().equals("Skriv koden från brevet")).singleElement()
                .satisfies(t -> assertThat(t.path()).isEqualTo(AudioKey.path("sv-x-easy", "Skriv koden från brevet")));
    }

    @Test
    void of_speaksAMessageWithArgumentsInPieces_andEveryNumberOnce() throws Exception {
        write("messages_sv.properties", "review.summary=Du har svarat på {0,number,integer} av {1,number,integer}"
                + " frågor.");
        write("messages_ar.properties", "review.summary=أجبت على {0,number,integer} من {1,number,integer} سؤالًا.");

        List<SpokenText> all = AppTexts.of(dir, List.of());

        assertThat(texts(all, "sv")).contains("Du har svarat på", "av", "frågor.", "0", "35", "200")
                .noneMatch(t -> t.contains("{"));
        // What the app plays for "30 av 35" in Arabic, numbers in the digits the app shows them with.
        List<String> played = SpokenPattern.parts("أجبت على {0,number,integer} من {1,number,integer} سؤالًا.",
                new Locale("ar"), 30, 35);
        assertThat(texts(all, "ar")).containsAll(played);
        assertThat(texts(all, "sv")).hasSize(3 + SpokenPattern.LARGEST_SPOKEN_NUMBER + 1);
    }

    @Test
    void of_onlyTheAskedLocales_andAFolderWithoutBundlesIsAnError() throws Exception {
        write("messages_sv.properties", "start.begin=Börja");
        write("messages_en.properties", "start.begin=Start");
        assertThat(AppTexts.of(dir, List.of("en"))).extracting(SpokenText::locale).containsOnly("en");
        assertThatThrownBy(() -> AppTexts.of(dir.resolve("missing"), List.of()))
                .isInstanceOf(java.io.UncheckedIOException.class);
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> AppTexts.of(empty, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requests_giveTheAppsWordsTheSlowestVoice() throws Exception {
        write("messages_sv.properties", "start.begin=Börja");
        List<AudioGenerator.Request> requests = AudioGenerator.requests(List.of(), List.of(),
                AppTexts.of(dir, List.of()));
        assertThat(requests).filteredOn(r -> r.text().text().equals("Börja")).singleElement()
                .satisfies(r -> assertThat(r.voice()).isEqualTo(Voice.forText("sv", AppTexts.HEARD_BY)));
    }
}
