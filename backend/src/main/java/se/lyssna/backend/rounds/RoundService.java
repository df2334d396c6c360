package se.lyssna.backend.rounds;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.units.UnitEntity;
import se.lyssna.backend.units.UnitService;
import se.lyssna.definitions.Questionnaire;

/** Opening and reading rounds, and the one place that decides whether a round takes codes or answers today. */
@ApplicationScoped
public class RoundService {
    /** The smallest group a figure may be about unless the round sets a larger one. */
    public static final int DEFAULT_THRESHOLD = 5;

    private final RoundRepository rounds;
    private final UnitService units;
    private final QuestionnaireRegistry questionnaires;
    private final Clock clock;

    RoundService(RoundRepository rounds, UnitService units, QuestionnaireRegistry questionnaires, Clock clock) {
        this.rounds = rounds;
        this.units = units;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @Transactional
    public RoundViews.RoundView open(RoundViews.NewRound request) {
        Questionnaire questionnaire = questionnaires.require(request.questionnaire().key(),
                request.questionnaire().version());
        if (request.closesOn().isBefore(request.opensOn())) {
            throw DomainException.invalid("closesOn (" + request.closesOn() + ") is before opensOn ("
                    + request.opensOn() + ")");
        }
        Set<UUID> unitIds = new HashSet<>();
        for (String code : request.units()) {
            unitIds.add(units.require(code).id());
        }
        int threshold = request.threshold() == null ? DEFAULT_THRESHOLD : request.threshold();
        RoundEntity round = new RoundEntity(request.name(), questionnaires.idOf(questionnaire), request.opensOn(),
                request.closesOn(), threshold, unitIds);
        rounds.persist(round);
        return view(round);
    }

    public RoundViews.RoundView view(UUID id) {
        return view(require(id));
    }

    /** All rounds, newest first. */
    public List<RoundViews.RoundView> list() {
        return all().stream().map(this::view).toList();
    }

    /** The round as other features read it; "not found" otherwise. */
    public RoundViews.RoundFacts facts(UUID id) {
        return RoundViews.RoundFacts.of(require(id));
    }

    /** The round, if there is one with this ID. */
    public java.util.Optional<RoundViews.RoundFacts> findFacts(UUID id) {
        return rounds.findByIdOptional(id).map(RoundViews.RoundFacts::of);
    }

    /** All rounds as other features read them, newest first. */
    public List<RoundViews.RoundFacts> allFacts() {
        return all().stream().map(RoundViews.RoundFacts::of).toList();
    }

    /**
     * The round itself, for the features that still read it directly (participation, results); new code uses
     * {@link #facts} or the views.
     */
    public RoundEntity require(UUID id) {
        return rounds.findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("No round " + id));
    }

    /** All rounds as entities, newest first, for the same features as {@link #require}. */
    public List<RoundEntity> all() {
        return rounds.listAll(Sort.descending("opensOn"));
    }

    /** The round, if children can send answers to it today; otherwise the "round closed" failure. */
    public RoundEntity requireAcceptingAnswers(UUID id) {
        RoundEntity round = require(id);
        if (state(round) != RoundState.OPEN) {
            throw closed(round);
        }
        return round;
    }

    /** The round, if codes can still be issued for it (scheduled or open); otherwise "round closed". */
    public RoundEntity requireAcceptingCodes(UUID id) {
        RoundEntity round = require(id);
        if (state(round) == RoundState.CLOSED) {
            throw closed(round);
        }
        return round;
    }

    /** Whether the survey body has closed the round (its last day having passed is not enough). */
    public boolean isClosed(UUID id) {
        return require(id).closed();
    }

    /** Marks a round closed for good. Only the closing workflow calls this, after the inbox was flushed. */
    @Transactional
    public void markClosed(UUID id) {
        require(id).close();
    }

    /** Today's state of a round, in the configured (Swedish) zone. */
    public RoundState state(RoundEntity round) {
        return round.stateOn(LocalDate.now(clock));
    }

    /** Today's state's API key ({@code scheduled}, {@code open}, {@code closed}). */
    public String stateOf(RoundEntity round) {
        return state(round).key();
    }

    /** Today's state's API key for a round other features hold as facts. */
    public String stateOf(RoundViews.RoundFacts round) {
        return stateOf(require(round.id()));
    }

    /** The units of a round as other features read them, sorted by code. */
    public List<se.lyssna.backend.units.UnitViews.UnitFacts> unitFactsOf(UUID roundId) {
        return require(roundId).unitIds().stream().map(units::findFacts).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(se.lyssna.backend.units.UnitViews.UnitFacts::code)).toList();
    }

    /** The units of a round, sorted by code. */
    public List<UnitEntity> unitsOf(RoundEntity round) {
        return round.unitIds().stream().map(units::find).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(UnitEntity::code)).toList();
    }

    private RoundViews.RoundView view(RoundEntity round) {
        Questionnaire questionnaire = questionnaires.byId(round.questionnaireVersionId());
        return new RoundViews.RoundView(round.id(), round.name(),
                new RoundViews.QuestionnaireRef(questionnaire.key(), questionnaire.version()),
                unitsOf(round).stream().map(UnitEntity::code).toList(), round.opensOn(), round.closesOn(),
                round.threshold(), stateOf(round));
    }

    private static DomainException closed(RoundEntity round) {
        return new DomainException(DomainException.Kind.CLOSED, "round-closed", "Round closed", "The survey round '"
                + round.name() + "' is not open (open " + round.opensOn() + " to " + round.closesOn()
                + "). Answers can no longer be sent with this code.");
    }
}
