package se.lyssna.definitions;

import java.util.stream.Collectors;

/**
 * What a child can answer to an item, as text in the source language: the scale's key, values, kinds and labels,
 * or a number range. Two items with the same signature are answered the same way; a changed label such as
 * "Ja" to "Ja, alltid" changes what an answer means and so changes the signature.
 */
final class AnswerSignature {
    private AnswerSignature() {
    }

    static String of(Questionnaire q, Item item, String locale) {
        if (item instanceof NumberItem number) {
            return "number " + number.min() + "–" + number.max();
        }
        if (item instanceof FreeTextItem) {
            return "free text";
        }
        return q.scaleOf(item).map(scale -> ofScale(scale, locale)).orElse("unknown scale " + item.scaleKey());
    }

    private static String ofScale(Scale scale, String locale) {
        if (scale instanceof LineScale line) {
            return "line " + line.key() + " " + line.min() + "–" + line.max() + " [" + text(line.minLabel(), locale)
                    + " … " + text(line.maxLabel(), locale) + "]";
        }
        return "choice " + scale.key() + " [" + scale.options().stream()
                .map(o -> o.value() + "/" + o.kind() + "/" + text(o.label(), locale))
                .collect(Collectors.joining(", ")) + "]";
    }

    /** The whitespace-normalised text in a locale, so reflowed YAML lines compare equal. */
    static String text(LocalizedText text, String locale) {
        return text == null ? "" : text.text(locale).map(t -> t.strip().replaceAll("\\s+", " ")).orElse("");
    }
}
