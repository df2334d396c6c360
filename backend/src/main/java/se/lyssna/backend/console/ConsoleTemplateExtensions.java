package se.lyssna.backend.console;

import io.quarkus.qute.TemplateExtension;
import se.lyssna.backend.rounds.RoundViews;

/** Small readings for templates: a state's, a locale's or an area's name in the console's language. */
@TemplateExtension
final class ConsoleTemplateExtensions {
    private ConsoleTemplateExtensions() {
    }

    static String stateName(RoundViews.RoundView round) {
        return ConsoleViews.stateName(round.state());
    }

    static String reasonText(String reasonKey) {
        return ConsoleViews.reasonText(reasonKey);
    }

    static String areaName(String areaKey) {
        return ConsoleViews.areaName(areaKey);
    }

    /** The questionnaire's title in the console's language (Swedish if it has none in English). */
    static String titleText(se.lyssna.definitions.Questionnaire questionnaire) {
        if (questionnaire.title() == null) {
            return questionnaire.key();
        }
        return questionnaire.title().text(ConsoleLanguage.current())
                .or(() -> questionnaire.title().text("sv")).orElse(questionnaire.key());
    }

    /** A locale's name, as the survey body reads it. */
    static String localeName(String locale) {
        ConsoleMessages m = ConsoleLanguage.messages();
        return switch (locale) {
            case "sv" -> m.localeSv();
            case "sv-x-easy" -> m.localeEasy();
            case "en" -> m.localeEn();
            case "ar" -> m.localeAr();
            default -> locale;
        };
    }

    /** A BCP 47 tag a browser and a screen reader understand ("sv-x-easy" is Swedish to them). */
    static String htmlLang(String locale) {
        return locale.replace("-x-easy", "");
    }

    static String comparabilityText(se.lyssna.definitions.Comparability comparability) {
        ConsoleMessages m = ConsoleLanguage.messages();
        return switch (comparability) {
            case COMPARABLE -> m.comparable();
            case BREAK -> m.seriesBreakTitle();
            case ADDED -> m.added();
            case REMOVED -> m.removed();
        };
    }

    static boolean concealed(se.lyssna.backend.results.ResultsViews.Figure figure) {
        return figure != null && !figure.isShown();
    }

    /** The width of a chart with a bar every 40 px. */
    static int chartWidth(java.util.List<?> bars) {
        return 40 * bars.size() + 40;
    }

    /** A figure as text: the number ("≈ 10" when rounded), or why it is hidden. */
    static String text(se.lyssna.backend.results.ResultsViews.Figure figure) {
        if (figure == null) {
            return "–";
        }
        if (figure.isShown()) {
            return Boolean.TRUE.equals(figure.rounded()) ? "≈ " + figure.value() : String.valueOf(figure.value());
        }
        // The reason already says the figure is hidden ("dold för att …").
        return ConsoleViews.reasonText(figure.reason());
    }
}
