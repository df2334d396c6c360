package se.lyssna.app.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The child-facing words of the app in one language, from {@code se/lyssna/app/i18n/messages*.properties}. */
public final class Messages {
    static final String BUNDLE = "se.lyssna.app.i18n.messages";
    static final String FACILITATOR_BUNDLE = "se.lyssna.app.i18n.facilitator";

    private final AppLanguage language;
    private final ResourceBundle bundle;

    private Messages(AppLanguage language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(AppLanguage language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.bundleLocale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    /** The adults' words (facilitator mode): English when the app is in English, else Swedish. */
    public static Messages facilitator(AppLanguage appLanguage) {
        AppLanguage language = appLanguage == AppLanguage.ENGLISH ? AppLanguage.ENGLISH : AppLanguage.SWEDISH;
        ResourceBundle bundle = ResourceBundle.getBundle(FACILITATOR_BUNDLE,
                language == AppLanguage.ENGLISH ? language.bundleLocale() : java.util.Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, bundle);
    }

    public AppLanguage language() {
        return language;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "⟨" + key + "⟩";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), language.bundleLocale()).format(args);
    }

    /** Whether the bundle has the key (used by the bundle-completeness test). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
