package se.lyssna.backend.rounds;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.units.UnitService;
import se.lyssna.definitions.HelpLine;
import se.lyssna.definitions.Questionnaire;

/** Opening and reading rounds, and the one place that decides whether a round takes codes or answers today. */
@ApplicationScoped
public class RoundService {
    /** The smallest group a figure may be about unless the round sets a larger one. */
    public static final int DEFAULT_THRESHOLD = 5;
    /** An age in the 13–17 band, whose version old one-version readers of a many-band round get. */
    private static final int LEGACY_AGE = 15;

    private final RoundRepository rounds;
    private final UnitService units;
    private final QuestionnaireRegistry questionnaires;
    private final Clock clock;
    /** Rounds last seen taking answers, by ID: see {@link #acceptingAnswers}. */
    private final Map<UUID, RoundViews.RoundFacts> acceptingAnswers = new ConcurrentHashMap<>();

    RoundService(RoundRepository rounds, UnitService units, QuestionnaireRegistry questionnaires, Clock clock) {
        this.rounds = rounds;
        this.units = units;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @Transactional
    public RoundViews.RoundView open(RoundViews.NewRound request) {
        List<RoundBandColumns> bands = bandsOf(request);
        if (request.closesOn().isBefore(request.opensOn())) {
            throw DomainException.invalid("closesOn (" + request.closesOn() + ") is before opensOn ("
                    + request.opensOn() + ")");
        }
        Set<UUID> unitIds = new HashSet<>();
        for (String code : request.units()) {
            unitIds.add(units.facts(code).id());
        }
        int threshold = request.threshold() == null ? DEFAULT_THRESHOLD : request.threshold();
        RoundEntity round = new RoundEntity(request.name(), bands, legacyVersion(bands), request.opensOn(),
                request.closesOn(), threshold, unitIds);
        rounds.persist(round);
        return view(round);
    }

    /**
     * The bands a request asks for, checked: each a published version, its ages within those the version is
     * written for, no two bands overlapping or sharing a version.
     */
    private List<RoundBandColumns> bandsOf(RoundViews.NewRound request) {
        boolean hasBands = request.bands() != null && !request.bands().isEmpty();
        if (hasBands == (request.questionnaire() != null)) {
            throw DomainException.invalid("Give either 'bands' (one questionnaire version per age band) or one"
                    + " 'questionnaire', not " + (hasBands ? "both" : "neither"));
        }
        List<RoundViews.NewBand> requested = hasBands ? request.bands()
                : List.of(new RoundViews.NewBand(request.questionnaire(), null, null));
        List<RoundBandColumns> bands = new ArrayList<>();
        for (RoundViews.NewBand band : requested) {
            Questionnaire questionnaire = questionnaires.require(band.questionnaire().key(),
                    band.questionnaire().version());
            int min = band.minAge() == null ? questionnaire.ageBand().from() : band.minAge();
            int max = band.maxAge() == null ? questionnaire.ageBand().to() : band.maxAge();
            if (min > max || !questionnaire.ageBand().contains(min) || !questionnaire.ageBand().contains(max)) {
                throw DomainException.invalid("Band " + min + "–" + max + " of " + questionnaire.id()
                        + " is not within the ages it is written for (" + questionnaire.ageBand() + ")");
            }
            bands.add(new RoundBandColumns(min, max, questionnaires.idOf(questionnaire)));
        }
        bands.sort(Comparator.comparingInt(RoundBandColumns::minAge));
        for (int i = 1; i < bands.size(); i++) {
            RoundBand before = bands.get(i - 1).read();
            RoundBand band = bands.get(i).read();
            if (band.minAge() <= before.maxAge()) {
                throw DomainException.invalid("Bands " + before.band() + " and " + band.band() + " overlap: a"
                        + " child's age must lead to exactly one questionnaire");
            }
        }
        if (bands.stream().map(RoundBandColumns::questionnaireVersionId).distinct().count() < bands.size()) {
            throw DomainException.invalid("Two bands use the same questionnaire version; give it one band");
        }
        return bands;
    }

    /** The only band's version, or the one for 15-year-olds (13–17), or else the youngest band's. */
    private static UUID legacyVersion(List<RoundBandColumns> bands) {
        return bands.stream().filter(b -> b.read().contains(LEGACY_AGE)).findFirst().orElse(bands.get(0))
                .questionnaireVersionId();
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

    /**
     * The round, if children can send answers to it today; otherwise the "round closed" failure. Every child's
     * redeem and submit ask this, so the facts that never change once a round is opened (name, dates, bands, units:
     * some 900 rows of a national round) are kept per replica, and only whether the survey body has closed it comes
     * from the database each time: another replica may have closed it. The caller reads that flag in the statement
     * that reads the child's code (joined with the round's row, participation.CodeRows), one round trip fewer per
     * request; on submit that statement also holds the round open (see {@link RoundRepository#lockForClosing}).
     */
    public RoundViews.RoundFacts acceptingAnswers(UUID id, boolean closedAsRead) {
        RoundViews.RoundFacts kept = acceptingAnswers.get(id);
        if (kept == null) {
            kept = facts(id);
        }
        if (closedAsRead) {
            kept = kept.asClosed();
        }
        if (RoundState.of(kept.closed(), kept.opensOn(), kept.closesOn(), LocalDate.now(clock)) != RoundState.OPEN) {
            acceptingAnswers.remove(id);
            throw closed(kept.name(), kept.opensOn(), kept.closesOn());
        }
        acceptingAnswers.putIfAbsent(id, kept);
        return kept;
    }

    /** The round, if codes can still be issued for it (scheduled or open); otherwise "round closed". */
    public RoundViews.RoundFacts requireAcceptingCodes(UUID id) {
        RoundEntity round = require(id);
        if (state(round) == RoundState.CLOSED) {
            throw closed(round);
        }
        return RoundViews.RoundFacts.of(round);
    }

    /** Whether the survey body has closed the round (its last day having passed is not enough). */
    public boolean isClosed(UUID id) {
        return require(id).closed();
    }

    /** The closing workflow's first step: waits for the submissions still holding the round open. */
    public void lockForClosing(UUID id) {
        rounds.lockForClosing(id);
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

    /** Today's state's API key for a round other features hold as facts (computed as for the entity). */
    public String stateOf(RoundViews.RoundFacts round) {
        return RoundState.of(round.closed(), round.opensOn(), round.closesOn(), LocalDate.now(clock)).key();
    }

    /** The units of a round as other features read them, sorted by code. */
    public List<se.lyssna.backend.units.UnitViews.UnitFacts> unitFactsOf(RoundViews.RoundFacts round) {
        return unitFactsOf(round.unitIds());
    }

    private List<se.lyssna.backend.units.UnitViews.UnitFacts> unitFactsOf(Set<UUID> unitIds) {
        return unitIds.stream().map(units::findFacts).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(se.lyssna.backend.units.UnitViews.UnitFacts::code)).toList();
    }

    /**
     * Where the round's children can get help, by age: bands whose questionnaires give the same lines are joined
     * (7–12 and 13–17 both Bris: one group 7–17), youngest first. For whatever is printed for children of every
     * band at once: the code letter, the meeting material.
     */
    public List<HelpByAge> helpLines(RoundViews.RoundFacts round) {
        List<HelpByAge> groups = new ArrayList<>();
        for (RoundBand band : round.bands()) {
            List<HelpLine> lines = questionnaires.catalog().helpLines(questionnaires.byId(
                    band.questionnaireVersionId()));
            int same = groups.size() - 1;
            if (same >= 0 && groups.get(same).lines().equals(lines)) {
                groups.set(same, new HelpByAge(groups.get(same).minAge(), band.maxAge(), lines));
            } else {
                groups.add(new HelpByAge(band.minAge(), band.maxAge(), lines));
            }
        }
        return groups;
    }

    /** The help lines for children of some ages. */
    public record HelpByAge(int minAge, int maxAge, List<HelpLine> lines) {
    }

    /** Help by age in one locale, as one paragraph: "7–17: Ring … 18–21: Ring …" (no ages when one group). */
    public static String helpText(List<HelpByAge> groups, String locale) {
        StringBuilder text = new StringBuilder();
        for (HelpByAge group : groups) {
            text.append(groups.size() == 1 ? "" : group.minAge() + "–" + group.maxAge() + ": ");
            for (HelpLine line : group.lines()) {
                text.append(line.text().text(locale).orElse(line.name() + " " + line.phone())).append(' ');
            }
        }
        return text.toString().strip();
    }

    /** A round's bands as the API shows them, youngest first. */
    public List<RoundViews.Band> bandsOf(RoundViews.RoundFacts round) {
        return bandsOf(round.bands());
    }

    private List<RoundViews.Band> bandsOf(List<RoundBand> bands) {
        return bands.stream().map(b -> new RoundViews.Band(b.band(), b.minAge(), b.maxAge(),
                ref(questionnaires.byId(b.questionnaireVersionId())))).toList();
    }

    private static RoundViews.QuestionnaireRef ref(Questionnaire questionnaire) {
        return new RoundViews.QuestionnaireRef(questionnaire.key(), questionnaire.version());
    }

    private RoundViews.RoundView view(RoundEntity round) {
        return new RoundViews.RoundView(round.id(), round.name(),
                ref(questionnaires.byId(round.questionnaireVersionId())), bandsOf(round.bands()),
                unitFactsOf(round.unitIds()).stream().map(se.lyssna.backend.units.UnitViews.UnitFacts::code).toList(),
                round.opensOn(), round.closesOn(),
                round.threshold(), stateOf(round));
    }

    private static DomainException closed(RoundEntity round) {
        return closed(round.name(), round.opensOn(), round.closesOn());
    }

    private static DomainException closed(String name, LocalDate opensOn, LocalDate closesOn) {
        return new DomainException(DomainException.Kind.CLOSED, "round-closed", "Round closed", "The survey round '"
                + name + "' is not open (open " + opensOn + " to " + closesOn
                + "). Answers can no longer be sent with this code.");
    }
}
