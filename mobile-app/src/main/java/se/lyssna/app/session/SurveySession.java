package se.lyssna.app.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.lyssna.app.api.ParticipationDto;
import se.lyssna.app.api.QuestionnaireDto;
import se.lyssna.app.i18n.AppLanguage;
import se.lyssna.app.storage.QueuedSubmission;
import se.lyssna.app.storage.SavedProgress;
import se.lyssna.app.storage.SurveyStore;
import se.lyssna.app.survey.Question;
import se.lyssna.app.survey.Survey;
import se.lyssna.app.survey.SurveyMapper;

/** The survey a child is answering right now. Every change is saved to private storage at once. */
public class SurveySession {
    /** Where in the flow the child was, for resuming. */
    public enum Stage { ABOUT, QUESTION, REVIEW }

    private final SurveyStore store;
    private String code;
    private ParticipationDto participation;
    private QuestionnaireDto questionnaire;
    private Survey survey;
    private AppLanguage language = AppLanguage.SWEDISH;
    private final Map<String, List<String>> answers = new LinkedHashMap<>();
    private String currentItem;
    private Stage stage = Stage.ABOUT;
    /** A code accepted whose child has not told their age yet; in memory only (after a restart, the code again). */
    private Redeemed redeemed;

    public SurveySession(SurveyStore store) {
        this.store = store;
    }

    /** A redeemed code waiting for the child's age, which picks the questionnaire. */
    public record Redeemed(String code, ParticipationDto participation, AppLanguage language) {
    }

    /** Keeps a redeemed code until the child has told their age (see {@link #begin}). */
    public void redeemed(String code, ParticipationDto participation, AppLanguage language) {
        this.redeemed = new Redeemed(code, participation, language);
    }

    public Optional<Redeemed> redeemed() {
        return Optional.ofNullable(redeemed);
    }

    /** Starts a fresh survey after a code was accepted and its questionnaire fetched. */
    public void begin(String code, ParticipationDto participation, QuestionnaireDto questionnaire,
                      AppLanguage language) {
        this.redeemed = null;
        this.code = code;
        this.participation = participation;
        this.questionnaire = questionnaire;
        this.survey = SurveyMapper.toSurvey(questionnaire);
        this.language = language;
        this.answers.clear();
        this.currentItem = null;
        this.stage = Stage.ABOUT;
        save();
    }

    /** Loads answers in progress left by an earlier run. */
    public boolean restore() {
        Optional<SavedProgress> saved = store.loadProgress();
        if (saved.isEmpty() || saved.get().questionnaire() == null) {
            return false;
        }
        SavedProgress p = saved.get();
        code = p.code();
        participation = p.participation();
        questionnaire = p.questionnaire();
        survey = SurveyMapper.toSurvey(questionnaire);
        language = AppLanguage.fromTag(p.language()).orElse(AppLanguage.SWEDISH);
        answers.clear();
        if (p.answers() != null) {
            answers.putAll(p.answers());
        }
        currentItem = p.currentItem();
        stage = p.stage() == null ? Stage.ABOUT : Stage.valueOf(p.stage());
        return true;
    }

    public boolean active() {
        return survey != null;
    }

    public Survey survey() {
        return survey;
    }

    /** The help lines of the questionnaire being answered (Bris under 18, adult services 18–21); empty if none. */
    public List<se.lyssna.app.api.HelpLineDto> helpLines() {
        return questionnaire == null || questionnaire.helpLines() == null ? List.of() : questionnaire.helpLines();
    }

    public AppLanguage language() {
        return language;
    }

    public Optional<ParticipationDto> participation() {
        return Optional.ofNullable(participation);
    }

    public Stage stage() {
        return stage;
    }

    public Optional<String> currentItem() {
        return Optional.ofNullable(currentItem);
    }

    public List<String> answer(String itemId) {
        return answers.getOrDefault(itemId, List.of());
    }

    /** Records an answer (empty = no answer) and saves. */
    public void setAnswer(String itemId, List<String> values) {
        if (values.isEmpty()) {
            answers.remove(itemId);
        } else {
            answers.put(itemId, List.copyOf(values));
        }
        save();
    }

    public void setPosition(Stage stage, String itemId) {
        this.stage = stage;
        this.currentItem = itemId;
        save();
    }

    /** The questions currently shown, given skip logic. */
    public List<Question> visibleQuestions() {
        return survey.visible(answers);
    }

    /** Only answers to questions still shown are sent: a follow-up hidden by a changed answer is dropped. */
    public Map<String, List<String>> answersToSend() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Question q : visibleQuestions()) {
            List<String> a = answers.get(q.id());
            if (a != null && !a.isEmpty()) {
                out.put(q.id(), a);
            }
        }
        return out;
    }

    /** The finished answers, with a fresh Idempotency-Key that every retry will reuse. */
    public QueuedSubmission toSubmission() {
        return new QueuedSubmission(code, participation.submissionToken(), UUID.randomUUID().toString(),
                language.tag(), answersToSend(), participation.roundId(), participation.unitCode(),
                participation.unitName(), 0, participation.questionnaire());
    }

    /** Forgets everything in memory (the caller wipes or queues the files). */
    public void clear() {
        redeemed = null;
        code = null;
        participation = null;
        questionnaire = null;
        survey = null;
        answers.clear();
        currentItem = null;
        stage = Stage.ABOUT;
    }

    /** Quick exit: answers in progress are gone from memory and disk. */
    public void wipe() {
        clear();
        store.wipeProgress();
    }

    private void save() {
        store.saveProgress(new SavedProgress(code, participation, questionnaire, language.tag(),
                new LinkedHashMap<>(answers), currentItem, stage.name()));
    }
}
