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
    public static final double[] TEXT_SCALES = {1.0, 1.25, 1.5, 2.0};

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

    /** Steps through 100, 125, 150, 200 % and back. */
    public void nextTextScale() {
        double current = textScale.get();
        for (double s : TEXT_SCALES) {
            if (s > current + 0.01) {
                textScale.set(s);
                return;
            }
        }
        textScale.set(TEXT_SCALES[0]);
    }

    public void toggleContrast() {
        highContrast.set(!highContrast.get());
    }
}
