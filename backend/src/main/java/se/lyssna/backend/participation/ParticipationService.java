package se.lyssna.backend.participation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.security.TokenIssuer;
import se.lyssna.backend.units.UnitViews.UnitFacts;
import se.lyssna.backend.units.UnitService;
import se.lyssna.definitions.Questionnaire;

/** Redeems a participation code for a short-lived submission token. Redeeming does not use the code up. */
@ApplicationScoped
public class ParticipationService {
    /** An age inside the 13–17 band; see {@link #bandIfAgeNotSaid}. */
    private static final int AGE_NOT_SAID = 15;

    private final CodeRows codes;
    private final CodeHasher hasher;
    private final CodeGuessingGuard guard;
    private final RoundService rounds;
    private final UnitService units;
    private final QuestionnaireRegistry questionnaires;
    private final TokenIssuer tokens;

    ParticipationService(CodeRows codes, CodeHasher hasher, CodeGuessingGuard guard,
                         RoundService rounds, UnitService units, QuestionnaireRegistry questionnaires,
                         TokenIssuer tokens) {
        this.codes = codes;
        this.hasher = hasher;
        this.guard = guard;
        this.rounds = rounds;
        this.units = units;
        this.questionnaires = questionnaires;
        this.tokens = tokens;
    }

    public ParticipationViews.Participation redeem(String typedCode, String clientAddress) {
        CodeRows.Code code = CodeUnits.known(codes, hasher, guard, typedCode, clientAddress);
        if (code.voided()) {
            throw CodeIssuer.voided();
        }
        if (code.used()) {
            throw DomainException.conflict("code-used", "This code has already been used to send answers."
                    + " Each code can be used once.");
        }
        RoundFacts round = rounds.acceptingAnswers(code.roundId(), code.roundClosed());
        Questionnaire questionnaire = questionnaires.byId(round.questionnaireVersionId());
        UnitFacts unit = units.findFacts(code.unitId()).orElseThrow();
        List<RoundViews.Band> bands = rounds.bandsOf(round);
        return new ParticipationViews.Participation(tokens.submissionToken(code.id()),
                tokens.submissionTtl().toSeconds(), round.id(), unit.code(), unit.name(),
                new RoundViews.QuestionnaireRef(questionnaire.key(), questionnaire.version()), bands,
                bandIfAgeNotSaid(bands).band());
    }

    /**
     * The band of a child who would rather not say their age: the 13–17 one if the round has it, else the band
     * nearest to it. Its wording is the middle register, readable for the younger and not childish for the older;
     * and the child, who answers "no-answer" to its age-band question, counts among that band's figures under the
     * same threshold as everyone, so saying nothing never makes a group of its own that could be small (a separate
     * short core would be a table of a few children per home, nearly all hidden or telling).
     */
    static RoundViews.Band bandIfAgeNotSaid(List<RoundViews.Band> bands) {
        return bands.stream().min(java.util.Comparator.comparingInt(b -> distanceTo(b, AGE_NOT_SAID))).orElseThrow();
    }

    private static int distanceTo(RoundViews.Band band, int age) {
        return age < band.minAge() ? band.minAge() - age : age > band.maxAge() ? age - band.maxAge() : 0;
    }
}
