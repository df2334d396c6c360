package se.lyssna.backend.rounds;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** How a round's age band is stored (table round_band); read as a {@link RoundBand}. */
@Embeddable
class RoundBandColumns {
    @Column(nullable = false)
    private String band;
    @Column(name = "min_age", nullable = false)
    private int minAge;
    @Column(name = "max_age", nullable = false)
    private int maxAge;
    @Column(name = "questionnaire_version_id", nullable = false)
    private UUID questionnaireVersionId;

    protected RoundBandColumns() {
    }

    RoundBandColumns(int minAge, int maxAge, UUID questionnaireVersionId) {
        this.band = minAge + "-" + maxAge;
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.questionnaireVersionId = questionnaireVersionId;
    }

    int minAge() {
        return minAge;
    }

    UUID questionnaireVersionId() {
        return questionnaireVersionId;
    }

    RoundBand read() {
        return new RoundBand(band, minAge, maxAge, questionnaireVersionId);
    }
}
