package se.lyssna.backend.rounds;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Request and response shapes of the rounds API, and the facts of a round other features read. */
public final class RoundViews {
    private RoundViews() {
    }

    public record QuestionnaireRef(@NotBlank String key, @NotBlank String version) {
    }

    /**
     * One age band of a new round. The ages default to those the questionnaire version is written for; a round may
     * narrow them (never widen: a version is not written for other ages).
     */
    public record NewBand(@NotNull @Valid QuestionnaireRef questionnaire, @Min(0) @Max(30) Integer minAge,
                          @Min(0) @Max(30) Integer maxAge) {
    }

    /**
     * Threshold: the smallest group any figure may be about; 5 unless set, never below 3. Either {@code bands} (one
     * published version per age band, bands not overlapping) or, as before bands, one {@code questionnaire}, which
     * is a round of that version's one band.
     */
    public record NewRound(@NotBlank String name, @Valid QuestionnaireRef questionnaire,
                           @Size(max = 10) List<@NotNull @Valid NewBand> bands,
                           @NotEmpty List<@NotBlank String> units, @NotNull LocalDate opensOn,
                           @NotNull LocalDate closesOn,
                           @Min(value = 3, message = "must be at least 3") @Max(100) Integer threshold) {

        /** A round of one questionnaire version, the only kind before age bands. */
        public NewRound(String name, QuestionnaireRef questionnaire, List<String> units, LocalDate opensOn,
                        LocalDate closesOn, Integer threshold) {
            this(name, questionnaire, null, units, opensOn, closesOn, threshold);
        }
    }

    /** An age band of a round: which ages (inclusive) get which questionnaire version. */
    public record Band(String band, int minAge, int maxAge, QuestionnaireRef questionnaire) {
    }

    /**
     * {@code questionnaire} is kept for clients that know one version per round: the only band's version, or the
     * 13–17 one; {@code bands} is the whole truth.
     */
    public record RoundView(UUID id, String name, QuestionnaireRef questionnaire, List<Band> bands,
                            List<String> units, LocalDate opensOn, LocalDate closesOn, int threshold, String state) {
    }

    public record NewCodes(@NotBlank String unit, @Min(1) @Max(5000) int count) {
    }

    /** The codes in plain text: shown this once, never stored or shown again. */
    public record IssuedCodes(UUID roundId, String unit, List<String> codes) {
    }

    public record UnitProgress(String unit, String name, long codesIssued, long codesUsed, int responseRatePercent) {
    }

    public record Monitoring(UUID roundId, String state, long codesIssued, long codesUsed, int responseRatePercent,
                             List<UnitProgress> units) {
    }

    /**
     * A round as other features read it (participation, results, the meeting material, actions, the demo): a copy,
     * so that no feature but rounds holds its entity or can change it.
     */
    public record RoundFacts(UUID id, String name, UUID questionnaireVersionId, LocalDate opensOn,
                             LocalDate closesOn, int threshold, boolean closed, Set<UUID> unitIds,
                             List<RoundBand> bands) {
        public RoundFacts {
            unitIds = Set.copyOf(unitIds);
            bands = List.copyOf(bands);
        }

        /** The same round as closed by the survey body. */
        RoundFacts asClosed() {
            return new RoundFacts(id, name, questionnaireVersionId, opensOn, closesOn, threshold, true, unitIds, bands);
        }

        static RoundFacts of(RoundEntity round) {
            return new RoundFacts(round.id(), round.name(), round.questionnaireVersionId(), round.opensOn(),
                    round.closesOn(), round.threshold(), round.closed(), round.unitIds(), round.bands());
        }
    }
}
