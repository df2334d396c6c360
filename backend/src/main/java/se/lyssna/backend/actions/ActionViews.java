package se.lyssna.backend.actions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request and response shapes of the actions API. */
public final class ActionViews {
    private ActionViews() {
    }

    /**
     * Body of POST and PUT. {@code round} and {@code item} are optional; {@code status} defaults to planned. Fields
     * stay strings so that every mistake becomes a violation naming its field rather than a parse error.
     */
    public record ActionRequest(String round, String area, String item, String youSaid, String weDecided,
                                String weDid, String responsible, String status) {
    }

    /** Body of PATCH: only the fields given change; round, area and item stay. */
    public record ActionPatch(String youSaid, String weDecided, String weDid, String responsible, String status) {
    }

    /** An action as facilitators and the survey body see it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionView(UUID id, String unit, UUID round, String area, String item, String youSaid,
                             String weDecided, String weDid, String responsible, String status, LocalDate createdOn,
                             LocalDate updatedOn) {
        static ActionView of(ActionEntity action, String unitCode) {
            return new ActionView(action.id(), unitCode, action.roundId().orElse(null), action.area(),
                    action.itemId().orElse(null), action.youSaid(), action.weDecided(), action.weDid().orElse(null),
                    action.responsible(), action.status().key(), action.createdOn(), action.updatedOn());
        }
    }

    /** How many units recorded actions in one area: units with at least one action, and with one per status. */
    public record AreaOverview(String area, long units, long planned, long inProgress, long done) {
    }

    /** The national overview: counts of units only, never texts. {@code unitsInRound} only when a round is given. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Overview(UUID round, Integer unitsInRound, long unitsWithActions, List<AreaOverview> areas) {
    }
}
