package se.lyssna.app.api;

import java.util.List;

/** The facilitator's JSON shapes of docs/api-contract.md: rounds, trends, actions and problem details. */
public final class FacilitatorDtos {
    private FacilitatorDtos() {
    }

    /** A round as a facilitator picks it, with the caller's units in it. */
    public record RoundSummary(String roundId, String name, String questionnaireKey, String questionnaireVersion,
                               String state, Boolean published, String opensOn, String closesOn,
                               List<UnitRef> units) {
        public boolean isPublished() {
            return Boolean.TRUE.equals(published);
        }
    }

    /** A unit's code and name. */
    public record UnitRef(String code, String name) {
    }

    /** GET /api/v1/results/trends. */
    public record Trends(String questionnaire, ResultsDto.Scope scope, List<TrendLine> areas) {
    }

    /** One area's points, oldest first. */
    public record TrendLine(String id, String kind, String area, List<TrendPoint> points) {
    }

    /** One round on a trend line; {@code breakBefore} when the questions changed since the round before. */
    public record TrendPoint(String roundId, String roundName, String version, Integer positivePercent,
                             Integer answers, Boolean suppressed, String reason, Boolean breakBefore,
                             String breakReason) {
    }

    /** A "you said, we did" action as the facilitator sees it. */
    public record Action(String id, String unit, String round, String area, String item, String youSaid,
                         String weDecided, String weDid, String responsible, String status, String createdOn,
                         String updatedOn) {
    }

    /** Body of POST /api/v1/units/{unit}/actions; empty optional fields are left out. */
    public record NewAction(String round, String area, String item, String youSaid, String weDecided, String weDid,
                            String responsible, String status) {
    }

    /** RFC 9457 problem details with the backend's per-field violations. */
    public record Problem(String type, String title, Integer status, String detail, List<Violation> violations) {
        public List<Violation> violationsOrEmpty() {
            return violations == null ? List.of() : violations;
        }
    }

    /** One problem with one field of the request. */
    public record Violation(String field, String message) {
    }
}
