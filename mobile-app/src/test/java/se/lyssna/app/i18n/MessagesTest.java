package se.lyssna.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessagesTest {

    @ParameterizedTest
    @EnumSource(AppLanguage.class)
    void of_everyLanguage_hasEverySwedishKey(AppLanguage language) throws IOException {
        Properties sv = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/se/lyssna/app/i18n/messages_sv.properties")) {
            sv.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Messages m = Messages.of(language);
        for (String key : sv.stringPropertyNames()) {
            assertThat(m.has(key)).as(language + " has " + key).isTrue();
        }
        assertThat(m.get(language.nameKey())).isNotBlank();
        assertThat(m.format("question.progress", 7, 24)).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(AppLanguage.class)
    void languageNames_areWrittenInTheirOwnScript(AppLanguage language) {
        assertThat(Messages.of(AppLanguage.ENGLISH).get(AppLanguage.ARABIC.nameKey())).isEqualTo("العربية");
        assertThat(Messages.of(language).get(AppLanguage.EASY_SWEDISH.nameKey())).isEqualTo("Lätt svenska");
    }
}
