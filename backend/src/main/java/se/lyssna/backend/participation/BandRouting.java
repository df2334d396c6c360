package se.lyssna.backend.participation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.problem.Problem.FieldViolation;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.rounds.RoundBand;
import se.lyssna.backend.rounds.RoundViews.QuestionnaireRef;
import se.lyssna.definitions.BackgroundVariable;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.OptionKind;
import se.lyssna.definitions.Questionnaire;

/**
 * Which band of a round a submission answers, and whether its age-band answer fits that band. A child's age picks the
 * band in the app; the server only checks that the choice is one the round offers, so that nothing is stored under a
 * version the round does not have or under an age the band does not cover.
 */
final class BandRouting {
    private static final Pattern RANGE = Pattern.compile("([0-9]{1,2})-([0-9]{1,2})");

    private BandRouting() {
    }

    /**
     * The band the submission names. A submission that names no version is taken for the only band of a round that
     * has one (clients from before bands); a round of several bands needs the name.
     */
    static Answered bandOf(List<RoundBand> bands, QuestionnaireRef named, QuestionnaireRegistry questionnaires) {
        if (named == null) {
            if (bands.size() == 1) {
                return new Answered(bands.get(0), questionnaires.byId(bands.get(0).questionnaireVersionId()));
            }
            throw refused("questionnaire", "this round has one questionnaire per age band: name the one answered");
        }
        Optional<Questionnaire> questionnaire = questionnaires.catalog().find(named.key(), named.version())
                .filter(Questionnaire::isPublished);
        Optional<UUID> id = questionnaire.map(questionnaires::idOf);
        return bands.stream().filter(b -> id.isPresent() && b.questionnaireVersionId().equals(id.get())).findFirst()
                .map(b -> new Answered(b, questionnaire.get()))
                .orElseThrow(() -> refused("questionnaire", "not a questionnaire version of this round (its bands: "
                        + bands.stream().map(RoundBand::band).toList() + ")"));
    }

    /** The band a submission answers and that band's questionnaire version. */
    record Answered(RoundBand band, Questionnaire questionnaire) {
    }

    /**
     * Refuses an age-band answer outside the band's ages: a band the round narrowed (say 16–17 of a 13–17 version)
     * must not store a "13–15". Not saying stays allowed in every band.
     */
    static void requireAgeFits(RoundBand band, Questionnaire questionnaire, ValidatedAnswers answers) {
        String value = answers.background().get(BackgroundVariable.AGE_BAND);
        if (value == null || OptionKind.ofValue(value) != OptionKind.ANSWER) {
            return;
        }
        Matcher range = RANGE.matcher(value);
        if (!range.matches() || Integer.parseInt(range.group(1)) < band.minAge()
                || Integer.parseInt(range.group(2)) > band.maxAge()) {
            String item = questionnaire.background().stream()
                    .filter(i -> i.background().filter(BackgroundVariable.AGE_BAND.key()::equals).isPresent())
                    .map(Item::id).findFirst().orElse("age-band");
            throw refused(item, "the age answered is not within this band's ages (" + band.minAge() + "–"
                    + band.maxAge() + ")");
        }
    }

    private static DomainException refused(String field, String message) {
        return DomainException.invalidAnswers("The answers do not fit this round's questionnaires: 1 problem(s)",
                List.of(new FieldViolation(field, message)));
    }
}
