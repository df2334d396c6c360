package se.lyssna.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.storage.InMemoryAppStorage;

class SettingsStoreTest {

    @Test
    void languageAndDisplay_areRemembered_andNothingElse() throws IOException {
        InMemoryAppStorage preferences = new InMemoryAppStorage();
        DisplaySettings before = new DisplaySettings();
        new SettingsStore(preferences).bind(before);
        before.languageProperty().set(AppLanguage.ARABIC);
        before.largerText();
        before.toggleContrast();

        DisplaySettings after = new DisplaySettings();
        new SettingsStore(preferences).bind(after);
        assertThat(after.languageProperty().get()).isEqualTo(AppLanguage.ARABIC);
        assertThat(after.textScaleProperty().get()).isEqualTo(1.25);
        assertThat(after.highContrastProperty().get()).isTrue();
        assertThat(preferences.names()).containsExactly(SettingsStore.FILE);
        assertThat(preferences.read(SettingsStore.FILE).orElseThrow())
                .doesNotContainIgnoringCase("unit").doesNotContainIgnoringCase("round")
                .doesNotContainIgnoringCase("code");
    }

    @Test
    void textSize_goesUpTo200_andStaysThere_andComesDownStepByStep() {
        DisplaySettings s = new DisplaySettings();
        for (int i = 0; i < 10; i++) {
            s.largerText();
        }
        assertThat(s.textScaleProperty().get()).isEqualTo(2.0);
        assertThat(s.atLargest()).isTrue();
        s.smallerText();
        assertThat(s.textScaleProperty().get()).isEqualTo(1.75);
        for (int i = 0; i < 10; i++) {
            s.smallerText();
        }
        assertThat(s.textScaleProperty().get()).isEqualTo(1.0);
    }

    @Test
    void deviceTextSize_choosesTheStepAtOrBelowIt() {
        assertThat(DisplaySettings.scaleForFontSize(13)).isEqualTo(1.0);
        assertThat(DisplaySettings.scaleForFontSize(15)).isEqualTo(1.0);
        assertThat(DisplaySettings.scaleForFontSize(19.5)).isEqualTo(1.5);
        assertThat(DisplaySettings.scaleForFontSize(26)).isEqualTo(2.0);
        assertThat(DisplaySettings.scaleForFontSize(40)).isEqualTo(2.0);
    }
}
