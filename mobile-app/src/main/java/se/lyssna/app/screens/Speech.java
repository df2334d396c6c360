package se.lyssna.app.screens;

import java.util.List;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.i18n.Messages;

/** The audio paths of a screen's own words, in the screen's language. */
final class Speech {
    private Speech() {
    }

    static List<String> paths(Messages m, List<String> texts) {
        String locale = m.language().tag();
        return texts.stream().filter(t -> t != null && !t.isBlank()).map(t -> ReadAloud.pathOf(locale, t)).toList();
    }
}
