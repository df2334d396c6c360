package se.lyssna.backend.rounds;

import java.util.UUID;

/**
 * One age band of a round: the ages it covers, inclusive, and the questionnaire version children of those ages get.
 *
 * @param band the band's name as stored and shown, e.g. {@code 13-17}
 */
public record RoundBand(String band, int minAge, int maxAge, UUID questionnaireVersionId) {
    public boolean contains(int age) {
        return age >= minAge && age <= maxAge;
    }
}
