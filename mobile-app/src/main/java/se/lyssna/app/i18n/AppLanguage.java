package se.lyssna.app.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages a child can choose. The tag is what the questionnaire API calls the locale. */
public enum AppLanguage {
    SWEDISH("sv", new Locale("sv"), false),
    EASY_SWEDISH("sv-x-easy", new Locale("sv", "", "easy"), false),
    ENGLISH("en", new Locale("en"), false),
    ARABIC("ar", new Locale("ar"), true);

    private final String tag;
    private final Locale bundleLocale;
    private final boolean rightToLeft;

    AppLanguage(String tag, Locale bundleLocale, boolean rightToLeft) {
        this.tag = tag;
        this.bundleLocale = bundleLocale;
        this.rightToLeft = rightToLeft;
    }

    /** The locale tag used by the API, e.g. {@code sv-x-easy}. */
    public String tag() {
        return tag;
    }

    /** The locale the ResourceBundle is looked up with (easy Swedish is the variant "easy" of Swedish). */
    public Locale bundleLocale() {
        return bundleLocale;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The bundle key of the language's own name in its own script. */
    public String nameKey() {
        return "language." + tag;
    }

    public static Optional<AppLanguage> fromTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
    }
}
