package se.lyssna.app.api;

import java.util.List;

/** The child-friendly protected summary of GET /api/v1/feedback/rounds/{roundId}/units/{unit}. */
public record FeedbackDto(String roundId, String roundName, Unit unit, Boolean published, Figure respondents,
                          List<AreaResult> areas, List<Action> actions) {

    /** The unit the summary is about. */
    public record Unit(String code, String name) {
    }

    /** A count that may be suppressed. */
    public record Figure(Integer value, Boolean suppressed, String reason) {
        public boolean hidden() {
            return Boolean.TRUE.equals(suppressed) || value == null;
        }
    }

    /** The share of positive answers in one area, for the unit and for the nation. */
    public record AreaResult(String area, Share unit, Share nation) {
    }

    /** A percentage that may be suppressed. */
    public record Share(Integer positivePercent, Integer answers, Boolean suppressed, String reason) {
        public boolean hidden() {
            return Boolean.TRUE.equals(suppressed) || positivePercent == null;
        }
    }

    /** "You said, we did". */
    public record Action(String area, String youSaid, String weDid, String status) {
    }
}
