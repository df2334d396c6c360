package se.lyssna.app.screens;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import se.lyssna.app.LastRound;
import se.lyssna.app.api.BackendClient;
import se.lyssna.app.api.ItemDto;
import se.lyssna.app.api.OptionDto;
import se.lyssna.app.api.ParticipationDto;
import se.lyssna.app.api.QuestionnaireDto;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.nav.Navigator;
import se.lyssna.app.session.SurveySession;

/**
 * "How old are you?" after a code of a round with several age bands: the age picks the band's questionnaire, and
 * becomes that questionnaire's age-band answer (already chosen when the child meets it, changeable there). Not
 * saying is always possible: the round's {@code bandIfAgeNotSaid}, with "don't want to answer" as the age answer.
 * The age itself is never stored or sent; only the band's coarse answer is.
 */
public class AgeViewModel {
    /** The background variable that holds the age band in every questionnaire. */
    static final String AGE_BAND = "age-band";

    private final BackendClient backend;
    private final SurveySession session;
    private final Navigator navigator;
    private final LastRound lastRound;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<CodeError> error = new ReadOnlyObjectWrapper<>(CodeError.NONE);

    public AgeViewModel(BackendClient backend, SurveySession session, Navigator navigator, LastRound lastRound,
                        Executor background, Executor ui) {
        this.backend = backend;
        this.session = session;
        this.navigator = navigator;
        this.lastRound = lastRound;
        this.background = background;
        this.ui = ui;
    }

    /** The ages offered: from the youngest band's first year to the oldest band's last (7…21 nationally). */
    public List<Integer> ages() {
        List<ParticipationDto.Band> bands = session.redeemed().map(r -> r.participation().bands())
                .orElse(List.of());
        int from = bands.stream().mapToInt(ParticipationDto.Band::minAge).min().orElse(7);
        int to = bands.stream().mapToInt(ParticipationDto.Band::maxAge).max().orElse(21);
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CodeError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The child's age, or {@code null} for "I'd rather not say". */
    public void choose(Integer age) {
        Optional<SurveySession.Redeemed> redeemed = session.redeemed();
        if (busy.get() || redeemed.isEmpty()) {
            return;
        }
        busy.set(true);
        error.set(CodeError.NONE);
        SurveySession.Redeemed r = redeemed.get();
        ParticipationDto.Band band = r.participation().bandFor(age);
        background.execute(() -> {
            QuestionnaireDto questionnaire;
            try {
                questionnaire = backend.questionnaire(band.questionnaire().key(), band.questionnaire().version(),
                        r.language().tag());
            } catch (IOException e) {
                questionnaire = null;
            }
            QuestionnaireDto fetched = questionnaire;
            ui.execute(() -> finish(r, band, age, fetched));
        });
    }

    public void back() {
        session.clear();
        navigator.go(new Destination.CodeEntry());
    }

    private void finish(SurveySession.Redeemed r, ParticipationDto.Band band, Integer age,
                        QuestionnaireDto questionnaire) {
        busy.set(false);
        if (questionnaire == null) {
            error.set(CodeError.OFFLINE);
            return;
        }
        session.begin(r.code(), r.participation().answering(band), questionnaire, r.language());
        ageAnswer(questionnaire, age).ifPresent(a -> session.setAnswer(a.item(), List.of(a.value())));
        lastRound.set(r.participation().roundId(), r.participation().unitCode());
        navigator.go(new Destination.About());
    }

    /** The age-band answer the told age means in this questionnaire: the option whose range holds it. */
    static Optional<AgeAnswer> ageAnswer(QuestionnaireDto questionnaire, Integer age) {
        Optional<ItemDto> item = questionnaire.background().stream().filter(i -> AGE_BAND.equals(i.background()))
                .findFirst();
        return item.flatMap(i -> i.options().stream().filter(o -> age == null ? "no-answer".equals(o.kind())
                : "answer".equals(o.kind()) && holds(o, age)).findFirst().map(o -> new AgeAnswer(i.id(), o.value())));
    }

    private static boolean holds(OptionDto option, int age) {
        String[] ends = option.value().split("-");
        try {
            return ends.length == 2 && Integer.parseInt(ends[0]) <= age && age <= Integer.parseInt(ends[1]);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Which item and which value. */
    record AgeAnswer(String item, String value) {
    }
}
