package se.lyssna.backend.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import se.lyssna.backend.results.disclosure.Reason;

/** JSON shapes of the results, feedback and trends APIs. A hidden figure is a {@link Figure} with a reason. */
public final class ResultsViews {
    private ResultsViews() {
    }

    /** A number, or {@code {"suppressed":true,"reason":"protected"}}; never a 0 standing in for a secret. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Figure(Integer value, Boolean suppressed, String reason, Boolean rounded) {
        public static Figure of(int value) {
            return new Figure(value, null, null, null);
        }

        /** Hidden, with the one public reason: which rule hid it is not told (it would narrow the figure). */
        public static Figure hidden() {
            return new Figure(null, true, Reason.PUBLIC_KEY, null);
        }

        public static Figure roundedTo(int value) {
            return new Figure(value, null, null, true);
        }

        public boolean isShown() {
            return value != null;
        }
    }

    /** What figures are about; a care unit also names the municipality it counts for. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scope(String kind, String code, String name, String municipality) {
    }

    public record QuestionnaireRef(String key, String version) {
    }

    /** An area's index: the share of positive answers among real answers, and how many answers it rests on. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AreaIndex(String area, Integer positivePercent, Integer answers, Integer respondents,
                            Boolean suppressed, String reason) {
        public static AreaIndex hidden(String area) {
            return new AreaIndex(area, null, null, null, true, Reason.PUBLIC_KEY);
        }
    }

    /** One option: count and whole-number percent (answers: of real answers; "don't know"/no answer: of all). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OptionFigure(String value, String kind, Integer count, Integer percent, Boolean suppressed,
                               String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemResult(String itemId, String kind, String area, Integer answers, Integer realAnswers,
                             List<OptionFigure> options, Boolean suppressed, String reason) {
    }

    public record GroupResult(String group, String variable, String value, Figure respondents,
                              List<AreaIndex> areas, List<ItemResult> items) {
    }

    public record FreeText(String itemId, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoundResults(UUID roundId, String roundName, QuestionnaireRef questionnaire, String state,
                               boolean published, int threshold, Scope scope, Figure respondents,
                               Integer codesIssued, Figure responseRatePercent, String groupBy,
                               List<GroupResult> groups, List<FreeText> freeTexts, String band,
                               List<String> bands) {
    }

    /** One side (the unit, or the nation) of an area in the child-friendly feedback. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Side(Integer positivePercent, Integer answers, Boolean suppressed, String reason) {
    }

    public record FeedbackArea(String area, Side unit, Side nation) {
    }

    public record FeedbackUnit(String code, String name) {
    }

    /** A round as a facilitator picks it: its state, and the units of the caller that took part. */
    public record RoundSummary(UUID roundId, String name, String questionnaireKey, String questionnaireVersion,
                               String state, boolean published, java.time.LocalDate opensOn,
                               java.time.LocalDate closesOn, List<FeedbackUnit> units) {
    }

    public record Feedback(UUID roundId, String roundName, FeedbackUnit unit, boolean published, Figure respondents,
                           List<FeedbackArea> areas,
                           List<se.lyssna.backend.actions.PublishedAction> actions) {
    }

    /** One round's value on a trend line, or a hidden figure; {@code breakBefore} marks a change in the item. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TrendPoint(UUID roundId, String roundName, String version, Integer positivePercent,
                             Integer answers, Boolean suppressed, String reason, Boolean breakBefore,
                             String breakReason) {
    }

    public record TrendLine(String id, String kind, String area, List<TrendPoint> points) {
    }

    public record Trends(String questionnaire, Scope scope, List<QuestionnaireRef> versions, List<TrendLine> areas,
                         List<TrendLine> items) {
    }
}
