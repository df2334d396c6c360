package se.lyssna.definitions;

/**
 * The ages a questionnaire is written for, inclusive.
 *
 * @param from youngest age
 * @param to   oldest age
 */
public record AgeBand(int from, int to) {
    public boolean contains(int age) {
        return age >= from && age <= to;
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
