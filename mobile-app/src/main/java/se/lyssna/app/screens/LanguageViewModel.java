package se.lyssna.app.screens;

import java.util.List;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.nav.Navigator;
import se.lyssna.app.theme.DisplaySettings;

/** Choose a language; Arabic turns the whole layout right-to-left. */
public class LanguageViewModel {
    private final DisplaySettings settings;
    private final Navigator navigator;

    public LanguageViewModel(DisplaySettings settings, Navigator navigator) {
        this.settings = settings;
        this.navigator = navigator;
    }

    public List<AppLanguage> languages() {
        return List.of(AppLanguage.values());
    }

    public AppLanguage selected() {
        return settings.languageProperty().get();
    }

    public void choose(AppLanguage language) {
        settings.languageProperty().set(language);
        navigator.go(new Destination.CodeEntry());
    }

    public void back() {
        navigator.go(new Destination.Start());
    }
}
