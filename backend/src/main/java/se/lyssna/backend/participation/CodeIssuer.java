package se.lyssna.backend.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.units.UnitViews.UnitFacts;
import se.lyssna.backend.units.UnitService;

/** Creates participation codes for a unit of a round and reports how many were used. */
@ApplicationScoped
public class CodeIssuer {
    private final ParticipationCodeRepository codes;
    private final RoundService rounds;
    private final UnitService units;
    private final CodeHasher hasher;

    CodeIssuer(ParticipationCodeRepository codes, RoundService rounds, UnitService units, CodeHasher hasher) {
        this.codes = codes;
        this.rounds = rounds;
        this.units = units;
        this.hasher = hasher;
    }

    /** New codes in plain text. Only their hashes are stored: the caller must print or hand them out now. */
    @Transactional
    public RoundViews.IssuedCodes issue(UUID roundId, RoundViews.NewCodes request) {
        RoundFacts round = rounds.requireAcceptingCodes(roundId);
        UnitFacts unit = units.facts(request.unit());
        if (!round.unitIds().contains(unit.id())) {
            throw DomainException.invalid("Unit '" + unit.code() + "' is not part of round '" + round.name() + "'");
        }
        List<String> issued = new ArrayList<>(request.count());
        for (int i = 0; i < request.count(); i++) {
            String code = CodeFormat.newCode();
            codes.persist(new ParticipationCodeEntity(round.id(), unit.id(), hasher.hash(CodeFormat.normalise(code))));
            issued.add(code);
        }
        return new RoundViews.IssuedCodes(round.id(), unit.code(), issued);
    }

    /**
     * Voids the code of a lost letter so it can never be redeemed; answers already sent with it stay counted. Returns
     * the unit the code was for, so that a new letter can be issued to it.
     */
    @Transactional
    public VoidedCode voidCode(UUID roundId, String typedCode) {
        RoundFacts round = rounds.facts(roundId);
        String code = CodeFormat.normalise(typedCode == null ? "" : typedCode);
        ParticipationCodeEntity entity = CodeFormat.isWellFormed(code)
                ? codes.findByHash(hasher.hash(code)).filter(c -> c.roundId().equals(round.id())).orElse(null) : null;
        if (entity == null) {
            throw DomainException.notFound("Round '" + round.name() + "' has no such code; check the letter's 12"
                    + " characters");
        }
        entity.markVoided();
        UnitFacts unit = rounds.unitFactsOf(round).stream().filter(u -> u.id().equals(entity.unitId())).findFirst()
                .orElseThrow();
        return new VoidedCode(unit.code(), unit.name(), entity.used());
    }

    /** What was voided: the code's unit, and whether answers had already been sent with it (they stay counted). */
    public record VoidedCode(String unit, String unitName, boolean wasUsed) {
    }

    /** Voided codes per unit code of the round. */
    public java.util.Map<String, Long> voidedCounts(UUID roundId) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (UnitFacts unit : rounds.unitFactsOf(rounds.facts(roundId))) {
            counts.put(unit.code(), codes.countVoided(roundId, unit.id()));
        }
        return counts;
    }

    static DomainException voided() {
        return new DomainException(DomainException.Kind.CLOSED, "code-voided", "Code voided", "This code has been"
                + " replaced by a new letter and can no longer be used. Ask the adult who gave it to you for the new"
                + " one.");
    }

    /** Codes issued and used per unit: how the round is going, without a single answer. */
    public RoundViews.Monitoring monitoring(UUID roundId) {
        RoundFacts round = rounds.facts(roundId);
        List<RoundViews.UnitProgress> progress = new ArrayList<>();
        long issuedTotal = 0;
        long usedTotal = 0;
        for (UnitFacts unit : rounds.unitFactsOf(round)) {
            long issued = codes.countIssued(round.id(), unit.id());
            long used = codes.countUsed(round.id(), unit.id());
            issuedTotal += issued;
            usedTotal += used;
            progress.add(new RoundViews.UnitProgress(unit.code(), unit.name(), issued, used, percent(used, issued)));
        }
        return new RoundViews.Monitoring(round.id(), rounds.stateOf(round), issuedTotal, usedTotal,
                percent(usedTotal, issuedTotal), progress);
    }

    private static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
