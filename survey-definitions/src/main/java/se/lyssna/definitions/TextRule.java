package se.lyssna.definitions;

import java.util.List;

/**
 * Every child-facing text exists in every declared locale: a child who chose Arabic must never meet a Swedish
 * question. Covers the title, the intro, item texts, picture alt texts and the labels of the scales items use.
 * Scales nobody uses are skipped because a shared scale may be written only in the locales of the questionnaires
 * that use it.
 */
final class TextRule implements Rule {

    @Override
    public void check(Questionnaire q, Findings findings) {
        List<String> locales = q.locales();
        own(q.title(), null, "the title", locales, findings);
        own(q.intro(), null, "the intro", locales, findings);
        for (Item item : q.allItems()) {
            own(item.text(), item.id(), "the item text", locales, findings);
            item.image().ifPresent(image -> checkImage(item.id(), image, locales, findings));
        }
        for (Scale scale : q.usedScales().values()) {
            checkScale(scale, locales, findings);
        }
    }

    /** A text the questionnaire file owns: must have every declared locale and no other. */
    private static void own(LocalizedText text, String itemId, String what, List<String> locales, Findings findings) {
        missing(text, itemId, what, locales, Codes.MISSING_LOCALE_TEXT, findings);
        for (String locale : text.translations().keySet()) {
            if (!locales.contains(locale)) {
                findings.atItemLocale(itemId, locale, Codes.UNDECLARED_LOCALE, what + " has locale '" + locale
                        + "', which is not in 'locales' " + locales + " (a typo?)");
            }
        }
    }

    private static void missing(LocalizedText text, String itemId, String what, List<String> locales, String code,
                                Findings findings) {
        for (String locale : locales) {
            if (locale != null && !text.hasText(locale)) {
                findings.atItemLocale(itemId, locale, code, what + " has no text in '" + locale + "'");
            }
        }
    }

    private static void checkImage(String itemId, Image image, List<String> locales, Findings findings) {
        if (HeaderRule.isBlank(image.pictogram())) {
            findings.atItem(itemId, Codes.IMAGE_WITHOUT_PICTOGRAM, "the image names no 'pictogram'");
        }
        LocalizedText alt = image.alt() == null ? LocalizedText.empty() : image.alt();
        missing(alt, itemId, "the image", locales, Codes.IMAGE_WITHOUT_ALT, findings);
    }

    private static void checkScale(Scale scale, List<String> locales, Findings findings) {
        String where = "scale '" + scale.key() + "'";
        if (scale instanceof LineScale line) {
            label(orEmpty(line.minLabel()), where + " min-label", locales, findings);
            label(orEmpty(line.maxLabel()), where + " max-label", locales, findings);
            nonAnswer(line.dontKnow(), where + " dont-know label", locales, findings);
            nonAnswer(line.noAnswer(), where + " no-answer label", locales, findings);
            return;
        }
        for (ScaleOption option : scale.options()) {
            label(option.label(), where + " option '" + option.value() + "'", locales, findings);
        }
    }

    private static void label(LocalizedText label, String what, List<String> locales, Findings findings) {
        missing(label, null, what, locales, Codes.MISSING_LOCALE_TEXT, findings);
    }

    private static void nonAnswer(LocalizedText label, String what, List<String> locales, Findings findings) {
        // A line-scale non-answer left out altogether is reported once by ScaleRule, not once per locale here.
        if (label != null && !label.translations().isEmpty()) {
            label(label, what, locales, findings);
        }
    }

    private static LocalizedText orEmpty(LocalizedText text) {
        return text == null ? LocalizedText.empty() : text;
    }
}
