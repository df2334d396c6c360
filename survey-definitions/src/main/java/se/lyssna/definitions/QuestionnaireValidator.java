package se.lyssna.definitions;

import java.util.List;

/**
 * Checks a loaded questionnaire against the rules every Lyssna questionnaire must keep. Returns every violation
 * found, not just the first, so an author can fix a file in one pass. There are no warnings: what is worth saying
 * is worth fixing before a child sees it.
 *
 * <p>Rules that need more than one file (published versions unchanged, revisions declared between versions,
 * unique versions) are checked by {@link QuestionnaireCatalog}, {@link PublishedLock} and
 * {@link QuestionnaireDiff}.
 */
public final class QuestionnaireValidator {

    private static final List<Rule> RULES = List.of(new HeaderRule(), new ItemRule(), new TextRule(),
            new ScaleRule(), new SkipLogicRule(), new CoverageRule(), new RevisionRule());

    /** All violations of {@code questionnaire}, read from {@code file}; empty when it is valid. */
    public List<Violation> validate(String file, Questionnaire questionnaire) {
        Findings findings = new Findings(file);
        for (Rule rule : RULES) {
            rule.check(questionnaire, findings);
        }
        return findings.violations();
    }
}
