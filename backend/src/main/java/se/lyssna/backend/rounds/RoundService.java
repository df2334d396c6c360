package se.lyssna.backend.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.lyssna.backend.problem.ApiProblem;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.units.UnitEntity;
import se.lyssna.backend.units.UnitRepository;
import se.lyssna.backend.units.UnitService;
import se.lyssna.definitions.Questionnaire;

/** Opening, reading and closing rounds. */
@ApplicationScoped
public class RoundService {
    /** The smallest group a figure may be about unless the round sets a larger one. */
    public static final int DEFAULT_THRESHOLD = 5;

    private final RoundRepository rounds;
    private final UnitService unitService;
    private final UnitRepository units;
    private final QuestionnaireRegistry questionnaires;
    private final Event<RoundClosed> closedEvent;
    private final RoundClosing closing;

    RoundService(RoundRepository rounds, UnitService unitService, UnitRepository units,
                 QuestionnaireRegistry questionnaires, Event<RoundClosed> closedEvent, RoundClosing closing) {
        this.rounds = rounds;
        this.unitService = unitService;
        this.units = units;
        this.questionnaires = questionnaires;
        this.closedEvent = closedEvent;
        this.closing = closing;
    }

    @Transactional
    public RoundEntity open(RoundViews.NewRound request) {
        Questionnaire questionnaire = questionnaires.require(request.questionnaire().key(),
                request.questionnaire().version());
        if (request.closesOn().isBefore(request.opensOn())) {
            throw ApiProblem.badRequest("closesOn (" + request.closesOn() + ") is before opensOn ("
                    + request.opensOn() + ")");
        }
        Set<UUID> unitIds = new HashSet<>();
        for (String code : request.units()) {
            unitIds.add(unitService.require(code).id());
        }
        int threshold = request.threshold() == null ? DEFAULT_THRESHOLD : request.threshold();
        RoundEntity round = new RoundEntity(request.name(), questionnaires.idOf(questionnaire), request.opensOn(),
                request.closesOn(), threshold, unitIds);
        rounds.persist(round);
        return round;
    }

    public RoundEntity require(UUID id) {
        return rounds.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("No round " + id));
    }

    public List<RoundEntity> all() {
        return rounds.listAll(io.quarkus.panache.common.Sort.descending("opensOn"));
    }

    /** Closes a round: the inbox is emptied into the results first, then results freeze their tables. */
    @Transactional
    public RoundEntity close(UUID id) {
        RoundEntity round = require(id);
        if (round.closed()) {
            return round;
        }
        closing.flushInbox();
        round.close();
        closedEvent.fire(new RoundClosed(round.id()));
        return round;
    }

    /** The unit codes of a round, sorted. */
    public List<UnitEntity> unitsOf(RoundEntity round) {
        List<UnitEntity> list = new ArrayList<>();
        round.unitIds().forEach(id -> units.findByIdOptional(id).ifPresent(list::add));
        list.sort(java.util.Comparator.comparing(UnitEntity::code));
        return list;
    }

    public String stateOf(RoundEntity round) {
        LocalDate today = LocalDate.now();
        if (round.closed() || today.isAfter(round.closesOn())) {
            return "closed";
        }
        return today.isBefore(round.opensOn()) ? "scheduled" : "open";
    }

    public static ApiProblem roundClosed(RoundEntity round) {
        return new ApiProblem(410, "round-closed", "Round closed", "The survey round '" + round.name()
                + "' is not open (open " + round.opensOn() + " to " + round.closesOn()
                + "). Answers can no longer be sent with this code.");
    }

    /** A round's view for the API. */
    public RoundViews.RoundView view(RoundEntity round) {
        Questionnaire questionnaire = questionnaires.byId(round.questionnaireVersionId());
        return new RoundViews.RoundView(round.id(), round.name(),
                new RoundViews.QuestionnaireRef(questionnaire.key(), questionnaire.version()),
                unitsOf(round).stream().map(UnitEntity::code).toList(), round.opensOn(), round.closesOn(),
                round.threshold(), stateOf(round));
    }
}
