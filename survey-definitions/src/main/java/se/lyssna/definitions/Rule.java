package se.lyssna.definitions;

/** One group of checks the {@link QuestionnaireValidator} runs; each adds what it finds and never stops early. */
interface Rule {
    void check(Questionnaire questionnaire, Findings findings);
}
