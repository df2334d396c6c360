package se.lyssna.backend.participation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.backend.rounds.RoundService;

/**
 * Accepts one submission per participation code, exactly once. The code is consumed and the answers put in the
 * inbox in one transaction (CodeRows.Submitting); the answers carry no trace of the code (see {@link ResponseMixer}).
 */
@ApplicationScoped
public class SubmissionService {
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final CodeRows codes;
    private final RoundService rounds;
    private final QuestionnaireRegistry questionnaires;
    private final AnswerValidator validator;
    private final CodeHasher hasher;

    SubmissionService(CodeRows codes, RoundService rounds, QuestionnaireRegistry questionnaires,
                      AnswerValidator validator, CodeHasher hasher) {
        this.codes = codes;
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.validator = validator;
        this.hasher = hasher;
    }

    /**
     * Stores a submission for the code behind a submission token. A retry with the same Idempotency-Key and the same
     * answers succeeds again without storing anything; any other submission with a used code gets 409.
     */
    public ParticipationViews.Receipt submit(UUID codeId, String idempotencyKey,
                                             ParticipationViews.Submission submission) {
        try (CodeRows.Submitting transaction = codes.begin()) {
            // Locked first, so concurrent submissions with one code are decided strictly one after the other.
            CodeRows.Code code = transaction.lock(codeId)
                    .orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHENTICATED, "unauthorized",
                            "Unauthorized", "The submission token does not belong to a known code"));
            RoundFacts round = rounds.acceptingAnswers(code.roundId(), code.roundClosed());
            BandRouting.Answered band = BandRouting.bandOf(round.bands(), submission.questionnaire(), questionnaires);
            ValidatedAnswers answers = validator.validate(band.questionnaire(), submission);
            BandRouting.requireAgeFits(band.band(), band.questionnaire(), answers);

            byte[] idempotency = idempotencyKey == null || idempotencyKey.isBlank() ? null
                    : hasher.hash("idempotency:" + idempotencyKey.strip());
            byte[] submissionHash = hasher.hash("submission:" + canonical(answers));
            if (code.used()) {
                if (code.isRetryOf(idempotency, submissionHash)) {
                    return ParticipationViews.Receipt.RECEIVED;
                }
                throw DomainException.conflict("code-used", "This code has already been used to send answers."
                        + " Each code can be used once.");
            }
            if (code.voided()) {
                throw CodeIssuer.voided();
            }
            transaction.consume(code.id(), idempotency, submissionHash, round.id(), code.unitId(),
                    band.band().questionnaireVersionId(), InboxPayload.of(answers).toJson());
            transaction.commit();
            return ParticipationViews.Receipt.RECEIVED;
        }
    }

    private static String canonical(ValidatedAnswers answers) {
        try {
            Map<String, Object> sorted = new LinkedHashMap<>(new TreeMap<>(answers.answers()));
            return CANONICAL.writeValueAsString(sorted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
