package se.lyssna.backend.actions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.lyssna.backend.privacy.PersonalDataScreener;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.backend.units.UnitService;
import se.lyssna.backend.units.UnitViews.UnitFacts;
import se.lyssna.definitions.Area;

/** Recording, reading and publishing a council's "you said, we did" actions. Access is checked by the caller. */
@ApplicationScoped
public class ActionService {
    private final ActionRepository actions;
    private final ActionValidator validator;
    private final UnitService units;
    private final RoundService rounds;
    private final PersonalDataScreener screener;
    private final Clock clock;

    ActionService(ActionRepository actions, ActionValidator validator, UnitService units, RoundService rounds,
                  PersonalDataScreener screener, Clock clock) {
        this.clock = clock;
        this.actions = actions;
        this.validator = validator;
        this.units = units;
        this.rounds = rounds;
        this.screener = screener;
    }

    /** The unit's actions; with a round, only those recorded against it. */
    public List<ActionViews.ActionView> list(String unitCode, UUID roundId) {
        UnitFacts unit = units.facts(unitCode);
        List<ActionEntity> list = roundId == null ? actions.ofUnit(unit.id())
                : actions.ofUnitAndRound(unit.id(), roundId);
        return list.stream().map(a -> ActionViews.ActionView.of(a, unitCode)).toList();
    }

    public ActionViews.ActionView get(String unitCode, UUID actionId) {
        return ActionViews.ActionView.of(require(units.facts(unitCode), actionId), unitCode);
    }

    @Transactional
    public ActionViews.ActionView create(String unitCode, ActionViews.ActionRequest request) {
        UnitFacts unit = units.facts(unitCode);
        ActionEntity action = new ActionEntity(unit.id(), validator.validate(unit, request), LocalDate.now(clock));
        actions.persist(action);
        return ActionViews.ActionView.of(action, unitCode);
    }

    @Transactional
    public ActionViews.ActionView replace(String unitCode, UUID actionId, ActionViews.ActionRequest request) {
        UnitFacts unit = units.facts(unitCode);
        ActionEntity action = require(unit, actionId);
        action.apply(validator.validate(unit, request), LocalDate.now(clock));
        return ActionViews.ActionView.of(action, unitCode);
    }

    /** Changes only the given texts and status; the whole result is validated and screened again. */
    @Transactional
    public ActionViews.ActionView patch(String unitCode, UUID actionId, ActionViews.ActionPatch patch) {
        UnitFacts unit = units.facts(unitCode);
        ActionEntity action = require(unit, actionId);
        ActionContent now = action.content();
        ActionViews.ActionRequest merged = new ActionViews.ActionRequest(
                now.roundId() == null ? null : now.roundId().toString(), now.area(), now.itemId(),
                patch.youSaid() == null ? now.youSaid() : patch.youSaid(),
                patch.weDecided() == null ? now.weDecided() : patch.weDecided(),
                patch.weDid() == null ? now.weDid() : patch.weDid(),
                patch.responsible() == null ? now.responsible() : patch.responsible(),
                patch.status() == null ? now.status().key() : patch.status());
        action.apply(validator.validate(unit, merged), LocalDate.now(clock));
        return ActionViews.ActionView.of(action, unitCode);
    }

    @Transactional
    public void delete(String unitCode, UUID actionId) {
        actions.delete(require(units.facts(unitCode), actionId));
    }

    /**
     * What children may see of a unit's actions, over all rounds: those in progress or done. Texts are screened
     * again on the way out (the name list may have grown since an action was stored).
     */
    public List<PublishedAction> publishedFor(String unitCode) {
        return published(actions.ofUnit(units.facts(unitCode).id()));
    }

    /** As {@link #publishedFor(String)}, for the actions recorded against one round. */
    public List<PublishedAction> publishedFor(String unitCode, UUID roundId) {
        return published(actions.ofUnitAndRound(units.facts(unitCode).id(), roundId));
    }

    private List<PublishedAction> published(List<ActionEntity> list) {
        return list.stream().filter(a -> a.status().visibleToChildren())
                .map(a -> new PublishedAction(a.area(), screener.redact(a.youSaid()),
                        screener.redact(a.weDid().orElse(a.weDecided())), a.status().key()))
                .toList();
    }

    /** Per area, how many units recorded at least one action, and how many have one per status. Counts only. */
    public ActionViews.Overview overview(UUID roundId) {
        Integer unitsInRound = null;
        if (roundId != null) {
            unitsInRound = rounds.facts(roundId).unitIds().size();
        }
        Map<String, Long> unitsPerArea = new HashMap<>();
        actions.unitCountsByArea(roundId).forEach(row -> unitsPerArea.put((String) row[0], (Long) row[1]));
        Map<String, Long> perStatus = new HashMap<>();
        actions.unitCountsByAreaAndStatus(roundId).forEach(row -> perStatus.put(row[0] + "/" + row[1],
                (Long) row[2]));
        List<ActionViews.AreaOverview> areas = new ArrayList<>();
        for (Area area : Area.values()) {
            String key = area.key();
            areas.add(new ActionViews.AreaOverview(key, unitsPerArea.getOrDefault(key, 0L),
                    perStatus.getOrDefault(key + "/planned", 0L), perStatus.getOrDefault(key + "/in-progress", 0L),
                    perStatus.getOrDefault(key + "/done", 0L)));
        }
        return new ActionViews.Overview(roundId, unitsInRound, actions.unitsWithAnyAction(roundId), areas);
    }

    /** The unit's actions for a meeting: those of the round, and those recorded without a round. */
    List<ActionEntity> forMeeting(UnitFacts unit, RoundFacts round) {
        return actions.ofUnit(unit.id()).stream()
                .filter(a -> a.roundId().isEmpty() || a.roundId().get().equals(round.id())).toList();
    }

    private ActionEntity require(UnitFacts unit, UUID actionId) {
        return actions.ofUnit(unit.id(), actionId).orElseThrow(() -> DomainException.notFound("Unit '" + unit.code()
                + "' has no action " + actionId));
    }
}
