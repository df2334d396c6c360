package se.lyssna.app.api;

/** The answer to a redeemed participation code. */
public record ParticipationDto(String submissionToken, Long expiresInSeconds, String roundId, String unitCode,
                               String unitName, QuestionnaireRef questionnaire) {

    /** Which questionnaire version the code belongs to. */
    public record QuestionnaireRef(String key, String version) {
    }
}
