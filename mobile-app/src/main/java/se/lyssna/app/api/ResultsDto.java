package se.lyssna.app.api;

import java.util.List;
import java.util.Optional;

/** Protected results of one round and scope, GET /api/v1/results/rounds/{roundId}?unit= (facilitator view). */
public record ResultsDto(String roundId, String roundName, QuestionnaireRef questionnaire, String state,
                         Boolean published, Integer threshold, Scope scope, Figure respondents, Integer codesIssued,
                         Figure responseRatePercent, List<Group> groups) {

    /** Which questionnaire version the round used. */
    public record QuestionnaireRef(String key, String version) {
    }

    /** unit, municipality or nation. */
    /** {@code municipality}: the municipality a care unit counts for (null for a municipality or the nation). */
    public record Scope(String kind, String code, String name, String municipality) {
    }

    /** A count that may be suppressed or rounded. */
    public record Figure(Integer value, Boolean suppressed, String reason, Boolean rounded) {
        public boolean hidden() {
            return Boolean.TRUE.equals(suppressed) || value == null;
        }
    }

    /** One breakdown group; without groupBy there is exactly one, the whole scope. */
    public record Group(String group, Figure respondents, List<AreaIndex> areas, List<ItemResult> items) {
    }

    /** An area's share of positive answers, or suppressed with a reason. */
    public record AreaIndex(String area, Integer positivePercent, Integer answers, Integer respondents,
                            Boolean suppressed, String reason) {
        public boolean hidden() {
            return Boolean.TRUE.equals(suppressed) || positivePercent == null;
        }
    }

    /** One item's answer distribution, or suppressed with a reason. */
    public record ItemResult(String itemId, String kind, String area, Integer answers, Integer realAnswers,
                             List<OptionFigure> options, Boolean suppressed, String reason) {
        public boolean hidden() {
            return Boolean.TRUE.equals(suppressed) || options == null;
        }
    }

    /** One option's count and percent, or suppressed with a reason. */
    public record OptionFigure(String value, String kind, Integer count, Integer percent, Boolean suppressed,
                               String reason) {
        public boolean hidden() {
            return Boolean.TRUE.equals(suppressed) || percent == null;
        }
    }

    public boolean isPublished() {
        return Boolean.TRUE.equals(published);
    }

    /** The whole-scope group (results are asked for without groupBy). */
    public Optional<Group> whole() {
        return groups == null || groups.isEmpty() ? Optional.empty() : Optional.of(groups.get(0));
    }

    public Optional<AreaIndex> area(String area) {
        return whole().flatMap(g -> g.areas() == null ? Optional.empty()
                : g.areas().stream().filter(a -> area.equals(a.area())).findFirst());
    }

    public Optional<ItemResult> item(String itemId) {
        return whole().flatMap(g -> g.items() == null ? Optional.empty()
                : g.items().stream().filter(i -> itemId.equals(i.itemId())).findFirst());
    }
}
