package se.lyssna.app.api;

import java.util.Comparator;
import java.util.List;

/**
 * The answer to a redeemed participation code. {@code bands}: which ages get which questionnaire version (one letter
 * for every age; the child's own age picks); {@code bandIfAgeNotSaid}: the band of a child who would rather not say.
 * A backend from before bands sends neither: its one {@code questionnaire} is for everyone.
 */
public record ParticipationDto(String submissionToken, Long expiresInSeconds, String roundId, String unitCode,
                               String unitName, QuestionnaireRef questionnaire, List<Band> bands,
                               String bandIfAgeNotSaid) {

    /** Which questionnaire version the code belongs to. */
    public record QuestionnaireRef(String key, String version) {
    }

    /** One age band of the round: its ages, inclusive, and its questionnaire version. */
    public record Band(String band, int minAge, int maxAge, QuestionnaireRef questionnaire) {
        boolean contains(int age) {
            return age >= minAge && age <= maxAge;
        }

        int distanceTo(int age) {
            return age < minAge ? minAge - age : Math.max(0, age - maxAge);
        }
    }

    /** Whether the child must tell their age first: only when the round has more than one band to choose from. */
    public boolean asksAge() {
        return bands != null && bands.size() > 1;
    }

    /**
     * The questionnaire for a child of this age ({@code null}: would rather not say). An age outside every band gets
     * the nearest one: the backend checks only the band's own age answers, and a 6-year-old still has a voice.
     */
    public Band bandFor(Integer age) {
        if (bands == null || bands.isEmpty()) {
            return new Band("", 0, 99, questionnaire);
        }
        if (age == null) {
            return bands.stream().filter(b -> b.band().equals(bandIfAgeNotSaid)).findFirst().orElse(bands.get(0));
        }
        return bands.stream().filter(b -> b.contains(age)).findFirst()
                .orElseGet(() -> bands.stream().min(Comparator.comparingInt(b -> b.distanceTo(age))).orElseThrow());
    }

    /** The same participation, answering one band: what the submission names and a resumed app still knows. */
    public ParticipationDto answering(Band band) {
        return new ParticipationDto(submissionToken, expiresInSeconds, roundId, unitCode, unitName,
                band.questionnaire(), bands, bandIfAgeNotSaid);
    }
}
