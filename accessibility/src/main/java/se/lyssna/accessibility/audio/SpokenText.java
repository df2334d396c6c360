package se.lyssna.accessibility.audio;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.lyssna.definitions.AudioKey;
import se.lyssna.definitions.ChoiceScale;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.LineScale;
import se.lyssna.definitions.LocalizedText;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.Scale;
import se.lyssna.definitions.ScaleOption;

/**
 * One text the app can read aloud, in one locale.
 *
 * @param locale locale tag
 * @param text   the text as written
 * @param source where it comes from, e.g. {@code bem-info-understand}, {@code title} or
 *               {@code scale yes-sometimes-no: yes}
 */
public record SpokenText(String locale, String text, String source) {

    /** The hash naming its audio, see {@link AudioKey}. */
    public String hash() {
        return AudioKey.hash(locale, text);
    }

    /** Its audio file relative to the audio root: {@code <locale>/<hash>.mp3}. */
    public String path() {
        return AudioKey.path(locale, text);
    }

    /**
     * Every text of a questionnaire that gets read-aloud audio, in the given locales (all when {@code locales} is
     * empty): title, intro, each question, the labels of the answer options and the words at the ends of lines.
     * Each (locale, text) appears once, with the first place it occurs as its source.
     */
    public static List<SpokenText> of(Questionnaire q, List<String> locales) {
        Map<String, SpokenText> texts = new LinkedHashMap<>();
        for (String locale : q.locales()) {
            if (!locales.isEmpty() && !locales.contains(locale)) {
                continue;
            }
            add(texts, locale, q.title(), "title");
            add(texts, locale, q.intro(), "intro");
            for (Item item : q.allItems()) {
                add(texts, locale, item.text(), item.id());
            }
            for (Scale scale : usedScales(q)) {
                if (scale instanceof LineScale line) {
                    add(texts, locale, line.minLabel(), "scale " + line.key() + ": min-label");
                    add(texts, locale, line.maxLabel(), "scale " + line.key() + ": max-label");
                }
                for (ScaleOption option : scale.options()) {
                    add(texts, locale, option.label(), "scale " + scale.key() + ": " + option.value());
                }
            }
        }
        return List.copyOf(texts.values());
    }

    /** Scales some item is answered on, in the order items first use them. */
    private static List<Scale> usedScales(Questionnaire q) {
        List<Scale> used = new ArrayList<>();
        for (Item item : q.allItems()) {
            Optional<Scale> scale = q.scaleOf(item);
            if (scale.isPresent() && !used.contains(scale.get())
                    && (scale.get() instanceof ChoiceScale || scale.get() instanceof LineScale)) {
                used.add(scale.get());
            }
        }
        return used;
    }

    private static void add(Map<String, SpokenText> texts, String locale, LocalizedText text, String source) {
        if (text == null) {
            return;
        }
        text.text(locale).ifPresent(t -> texts.putIfAbsent(AudioKey.hash(locale, t),
                new SpokenText(locale, t.strip(), source)));
    }
}
