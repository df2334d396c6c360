package se.lyssna.app.screens;

import java.io.IOException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.concurrent.Executor;
import se.lyssna.app.LastRound;
import se.lyssna.app.api.BackendClient;
import se.lyssna.app.nav.Navigator;
import se.lyssna.app.session.SurveySession;
import se.lyssna.app.theme.DisplaySettings;
import se.lyssna.app.api.ParticipationCode;
import se.lyssna.app.api.ParticipationDto;
import se.lyssna.app.api.QuestionnaireDto;
import se.lyssna.app.api.RedeemResult;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.nav.Destination;

/** Type the code from the letter; forgiving about case, spaces and dashes; a clear reason when it fails. */
public class CodeEntryViewModel {
    private final BackendClient backend;
    private final SurveySession session;
    private final DisplaySettings settings;
    private final Navigator navigator;
    private final LastRound lastRound;
    private final Executor background;
    private final Executor ui;
    private final StringProperty code = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<CodeError> error = new ReadOnlyObjectWrapper<>(CodeError.NONE);

    /** @param background where the network calls run; @param ui where their results are handed back */
    public CodeEntryViewModel(BackendClient backend, SurveySession session, DisplaySettings settings,
                              Navigator navigator, LastRound lastRound, Executor background, Executor ui) {
        this.backend = backend;
        this.session = session;
        this.settings = settings;
        this.navigator = navigator;
        this.lastRound = lastRound;
        this.background = background;
        this.ui = ui;
        code.addListener((obs, was, now) -> error.set(CodeError.NONE));
    }

    /** What the child typed (bound both ways to the field). */
    public StringProperty codeProperty() {
        return code;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CodeError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canSubmit() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !code.get().isBlank(), busy, code);
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        if (!ParticipationCode.looksComplete(code.get())) {
            error.set(CodeError.TOO_SHORT);
            return;
        }
        busy.set(true);
        String typed = code.get();
        AppLanguage language = settings.languageProperty().get();
        background.execute(() -> {
            Outcome outcome = redeemAndFetch(typed, language);
            ui.execute(() -> finish(outcome, ParticipationCode.normalise(typed), language));
        });
    }

    /**
     * Whether the refused code still opens its unit's results: a used code, or one of a closed round, exists, and
     * the letter (or its QR) is the child's only way back to what children said there; the app keeps no unit.
     */
    public BooleanBinding canShowResults() {
        return Bindings.createBooleanBinding(() -> error.get() == CodeError.USED || error.get() == CodeError.CLOSED,
                error);
    }

    public void showResults() {
        if (canShowResults().get()) {
            navigator.go(Destination.Results.ofCode(ParticipationCode.normalise(code.get())));
        }
    }

    public void back() {
        navigator.go(new Destination.Language());
    }

    private Outcome redeemAndFetch(String typed, AppLanguage language) {
        RedeemResult result = backend.redeem(typed);
        if (result instanceof RedeemResult.Unreachable) {
            return new Outcome(CodeError.OFFLINE, null, null);
        }
        if (result instanceof RedeemResult.Refused) {
            return new Outcome(errorFor(((RedeemResult.Refused) result).reason()), null, null);
        }
        ParticipationDto participation = ((RedeemResult.Redeemed) result).participation();
        if (participation.asksAge()) {
            // The child's age picks the questionnaire: fetched on the age step, once they have told it.
            return new Outcome(CodeError.NONE, participation, null);
        }
        try {
            QuestionnaireDto q = backend.questionnaire(participation.questionnaire().key(),
                    participation.questionnaire().version(), language.tag());
            return new Outcome(CodeError.NONE, participation, q);
        } catch (IOException e) {
            return new Outcome(CodeError.OFFLINE, null, null);
        }
    }

    private void finish(Outcome outcome, String normalisedCode, AppLanguage language) {
        busy.set(false);
        if (outcome.error() != CodeError.NONE) {
            error.set(outcome.error());
            return;
        }
        code.set("");
        if (outcome.questionnaire() == null) {
            session.redeemed(normalisedCode, outcome.participation(), language);
            navigator.go(new Destination.Age());
            return;
        }
        session.begin(normalisedCode, outcome.participation(), outcome.questionnaire(), language);
        lastRound.set(outcome.participation().roundId(), outcome.participation().unitCode());
        navigator.go(new Destination.About());
    }

    private static CodeError errorFor(RedeemResult.Reason reason) {
        switch (reason) {
            case UNKNOWN_CODE:
                return CodeError.UNKNOWN;
            case ALREADY_USED:
                return CodeError.USED;
            case ROUND_CLOSED:
                return CodeError.CLOSED;
            case TOO_MANY_TRIES:
                return CodeError.TOO_MANY;
            default:
                return CodeError.OTHER;
        }
    }

    private record Outcome(CodeError error, ParticipationDto participation, QuestionnaireDto questionnaire) {
    }
}
