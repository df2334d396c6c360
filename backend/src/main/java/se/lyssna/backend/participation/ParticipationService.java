package se.lyssna.backend.participation;

import jakarta.enterprise.context.ApplicationScoped;
import se.lyssna.backend.problem.ApiProblem;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.rounds.RoundEntity;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.security.TokenIssuer;
import se.lyssna.backend.units.UnitEntity;
import se.lyssna.backend.units.UnitRepository;
import se.lyssna.definitions.Questionnaire;

/** Redeems a participation code for a short-lived submission token. Redeeming does not use the code up. */
@ApplicationScoped
public class ParticipationService {
    private final ParticipationCodeRepository codes;
    private final CodeHasher hasher;
    private final CodeGuessingGuard guard;
    private final RoundService rounds;
    private final UnitRepository units;
    private final QuestionnaireRegistry questionnaires;
    private final TokenIssuer tokens;

    ParticipationService(ParticipationCodeRepository codes, CodeHasher hasher, CodeGuessingGuard guard,
                         RoundService rounds, UnitRepository units, QuestionnaireRegistry questionnaires,
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
        ParticipationCodeEntity entity = CodeUnits.known(codes, hasher, guard, typedCode, clientAddress);
        if (entity.voided()) {
            throw CodeIssuer.voided();
        }
        if (entity.used()) {
            throw ApiProblem.conflict("code-used", "This code has already been used to send answers."
                    + " Each code can be used once.");
        }
        RoundEntity round = rounds.requireAcceptingAnswers(entity.roundId());
        Questionnaire questionnaire = questionnaires.byId(round.questionnaireVersionId());
        UnitEntity unit = units.findById(entity.unitId());
        return new ParticipationViews.Participation(tokens.submissionToken(entity.id()),
                tokens.submissionTtl().toSeconds(), round.id(), unit.code(), unit.name(),
                new RoundViews.QuestionnaireRef(questionnaire.key(), questionnaire.version()));
    }
}
