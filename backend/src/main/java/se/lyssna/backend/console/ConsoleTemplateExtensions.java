package se.lyssna.backend.console;

import io.quarkus.qute.TemplateExtension;
import se.lyssna.backend.rounds.RoundViews;

/** Small readings for templates: Swedish words for states. */
@TemplateExtension
final class ConsoleTemplateExtensions {
    private ConsoleTemplateExtensions() {
    }

    static String stateSv(RoundViews.RoundView round) {
        return ConsoleViews.stateInSwedish(round.state());
    }

    static String reasonSv(String reasonKey) {
        return ConsoleViews.reasonText(reasonKey);
    }

    static String areaSv(String areaKey) {
        return ConsoleViews.areaName(areaKey);
    }

    static String titleSv(se.lyssna.definitions.Questionnaire questionnaire) {
        return questionnaire.title() == null ? questionnaire.key()
                : questionnaire.title().text("sv").orElse(questionnaire.key());
    }

    /** A locale's name in Swedish, as the survey body reads it. */
    static String localeSv(String locale) {
        return switch (locale) {
            case "sv" -> "svenska";
            case "sv-x-easy" -> "lätt svenska";
            case "en" -> "engelska";
            case "ar" -> "arabiska";
            default -> locale;
        };
    }

    /** A BCP 47 tag a browser and a screen reader understand ("sv-x-easy" is Swedish to them). */
    static String htmlLang(String locale) {
        return locale.replace("-x-easy", "");
    }

    static String comparabilitySv(se.lyssna.definitions.Comparability comparability) {
        return switch (comparability) {
            case COMPARABLE -> "Jämförbar";
            case BREAK -> "Brott i serien";
            case ADDED -> "Ny fråga";
            case REMOVED -> "Borttagen";
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
        return "dold: " + ConsoleViews.reasonText(figure.reason());
    }
}
