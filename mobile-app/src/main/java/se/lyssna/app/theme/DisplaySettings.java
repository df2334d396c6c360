package se.lyssna.app.theme;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.i18n.Messages;

/** How the app looks for this child: language, text size (100–200 %) and high contrast. */
public class DisplaySettings {
    public static final double[] TEXT_SCALES = {1.0, 1.25, 1.5, 1.75, 2.0};

    private final ObjectProperty<AppLanguage> language = new SimpleObjectProperty<>(AppLanguage.SWEDISH);
    private final DoubleProperty textScale = new SimpleDoubleProperty(1.0);
    private final BooleanProperty highContrast = new SimpleBooleanProperty(false);
    private final ObjectBinding<Messages> messages = Bindings.createObjectBinding(
            () -> Messages.of(language.get()), language);

    public ObjectProperty<AppLanguage> languageProperty() {
        return language;
    }

    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public ObjectBinding<Messages> messagesProperty() {
        return messages;
    }

    public Messages messages() {
        return messages.get();
    }

    /**
     * The step that follows the device's text size: JavaFX's default font is 13 px at the system's normal size
     * and grows with the user's font setting where the platform passes it on (Gluon Attach has no font-scale
     * API). Rounded down, so that an odd size never makes the text larger than the child asked for.
     */
    public static double scaleForFontSize(double defaultFontPx) {
        double ratio = defaultFontPx / 13.0;
        double chosen = TEXT_SCALES[0];
        for (double s : TEXT_SCALES) {
            if (s <= ratio + 0.05) {
                chosen = s;
            }
        }
        return chosen;
    }

    /** One step up, staying at 200 % at the top. */
    public void largerText() {
        double current = textScale.get();
        for (double s : TEXT_SCALES) {
            if (s > current + 0.01) {
                textScale.set(s);
                return;
            }
        }
    }

    /** One step down, staying at 100 % at the bottom. */
    public void smallerText() {
        double current = textScale.get();
        for (int i = TEXT_SCALES.length - 1; i >= 0; i--) {
            if (TEXT_SCALES[i] < current - 0.01) {
                textScale.set(TEXT_SCALES[i]);
                return;
            }
        }
    }

    public boolean atLargest() {
        return textScale.get() >= TEXT_SCALES[TEXT_SCALES.length - 1] - 0.01;
    }

    public boolean atSmallest() {
        return textScale.get() <= TEXT_SCALES[0] + 0.01;
    }

    public void toggleContrast() {
        highContrast.set(!highContrast.get());
    }
}
