package se.lyssna.app.api;

import java.util.List;
import java.util.Optional;

/** Protected results of one round and scope, GET /api/v1/results/rounds/{roundId}?unit= (facilitator view). */
public record ResultsDto(String roundId, String roundName, QuestionnaireRef questionnaire, String state,
                         Boolean published, Integer threshold, Scope scope, Figure respondents, Integer codesIssued,
                         Figure responseRatePercent, String groupBy, List<Group> groups,
                         List<FreeText> freeTexts) {

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

    /**
     * One breakdown group; without groupBy there is exactly one, the whole scope. With groupBy, {@code variable}
     * and {@code value} name the group (gender, girl).
     */
    public record Group(String group, String variable, String value, Figure respondents, List<AreaIndex> areas,
                        List<ItemResult> items) {
        public Optional<AreaIndex> area(String area) {
            return areas == null ? Optional.empty() : areas.stream().filter(a -> area.equals(a.area())).findFirst();
        }
    }

    /** A child's own words, already redacted by the server; only for groups at or above the threshold. */
    public record FreeText(String itemId, String text) {
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
        return whole().flatMap(g -> g.area(area));
    }

    /** The free texts (results without groupBy only); never null. */
    public List<FreeText> freeTextsOrEmpty() {
        return freeTexts == null ? List.of() : freeTexts;
    }

    public Optional<ItemResult> item(String itemId) {
        return whole().flatMap(g -> g.items() == null ? Optional.empty()
                : g.items().stream().filter(i -> itemId.equals(i.itemId())).findFirst());
    }
}
