package se.lyssna.backend.actions;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import se.lyssna.backend.privacy.Finding;
import se.lyssna.backend.privacy.PersonalDataScreener;
import se.lyssna.backend.problem.ApiProblem;
import se.lyssna.backend.problem.Problem.FieldViolation;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.backend.units.UnitViews.UnitFacts;
import se.lyssna.definitions.Area;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.Questionnaire;

/**
 * Turns a request into {@link ActionContent}, or fails with 422 listing every violation at once: first the shape
 * (required fields, lengths, known area, status, round and item), then personal data in any text field.
 */
@ApplicationScoped
public class ActionValidator {
    static final int MAX_YOU_SAID = 300;
    static final int MAX_DECIDED = 1000;
    static final int MAX_DID = 1000;
    static final int MAX_RESPONSIBLE = 80;

    private final RoundService rounds;
    private final QuestionnaireRegistry questionnaires;
    private final PersonalDataScreener screener;

    ActionValidator(RoundService rounds, QuestionnaireRegistry questionnaires, PersonalDataScreener screener) {
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.screener = screener;
    }

    ActionContent validate(UnitFacts unit, ActionViews.ActionRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        UUID roundId = null;
        Optional<Questionnaire> questionnaire = Optional.empty();
        String round = blankToNull(request.round());
        if (round != null) {
            Optional<RoundFacts> found = parseUuid(round).flatMap(rounds::findFacts);
            if (found.isEmpty()) {
                violations.add(new FieldViolation("round", "Ingen enkätomgång med id '" + round + "'"));
            } else if (!found.get().unitIds().contains(unit.id())) {
                violations.add(new FieldViolation("round", "Enheten '" + unit.code() + "' är inte med i omgången '"
                        + found.get().name() + "'"));
            } else {
                roundId = found.get().id();
                questionnaire = Optional.of(questionnaires.byId(found.get().questionnaireVersionId()));
            }
        }
        String area = blankToNull(request.area());
        if (area == null) {
            violations.add(new FieldViolation("area", "Måste anges: ett av " + String.join(", ", Area.keys())));
        } else if (Area.byKey(area).isEmpty()) {
            violations.add(new FieldViolation("area", "Okänt område '" + area + "'; ett av "
                    + String.join(", ", Area.keys())));
        }
        String item = blankToNull(request.item());
        if (item != null) {
            checkItem(item, area, round, questionnaire, violations);
        }
        ActionStatus status = ActionStatus.PLANNED;
        if (blankToNull(request.status()) != null) {
            Optional<ActionStatus> parsed = ActionStatus.byKey(request.status().strip());
            if (parsed.isEmpty()) {
                violations.add(new FieldViolation("status", "Okänd status '" + request.status().strip()
                        + "'; en av planned, in-progress, done"));
            } else {
                status = parsed.get();
            }
        }
        String youSaid = text("youSaid", request.youSaid(), true, MAX_YOU_SAID, violations);
        String weDecided = text("weDecided", request.weDecided(), true, MAX_DECIDED, violations);
        String weDid = text("weDid", request.weDid(), false, MAX_DID, violations);
        String responsible = text("responsible", request.responsible(), true, MAX_RESPONSIBLE, violations);
        if (status == ActionStatus.DONE && weDid == null) {
            violations.add(new FieldViolation("weDid", "Måste fyllas i när statusen är done: skriv vad ni gjorde"));
        }
        if (!violations.isEmpty()) {
            throw new ApiProblem(422, "invalid-action", "Invalid action", "Åtgärden är inte giltig: "
                    + violations.size() + " fel", violations);
        }
        screen(youSaid, weDecided, weDid, responsible);
        return new ActionContent(roundId, area, item, youSaid, weDecided, weDid, responsible, status);
    }

    private static void checkItem(String item, String area, String round, Optional<Questionnaire> questionnaire,
                                  List<FieldViolation> violations) {
        if (round == null) {
            violations.add(new FieldViolation("item", "En fråga kan bara anges tillsammans med den enkätomgång vars"
                    + " frågeformulär ställer den"));
            return;
        }
        if (questionnaire.isEmpty()) {
            return; // the round is already reported
        }
        Optional<Item> found = questionnaire.get().items().stream().filter(i -> i.id().equals(item)).findFirst();
        if (found.isEmpty()) {
            violations.add(new FieldViolation("item", "Frågeformuläret " + questionnaire.get().key() + " "
                    + questionnaire.get().version() + " i den här omgången har ingen fråga '" + item + "'"));
        } else if (area != null && !found.get().area().orElse("").equals(area)) {
            violations.add(new FieldViolation("item", "Frågan '" + item + "' hör till området '"
                    + found.get().area().orElse("-") + "', inte '" + area + "'"));
        }
    }

    private static String text(String field, String value, boolean required, int max,
                               List<FieldViolation> violations) {
        String text = blankToNull(value);
        if (text == null) {
            if (required) {
                violations.add(new FieldViolation(field, "Måste fyllas i"));
            }
            return null;
        }
        if (text.codePointCount(0, text.length()) > max) {
            violations.add(new FieldViolation(field, "Högst " + max + " tecken (den här har "
                    + text.codePointCount(0, text.length()) + ")"));
        }
        return text;
    }

    /** 422 with one violation per field that holds personal data; the matched text is never repeated. */
    private void screen(String youSaid, String weDecided, String weDid, String responsible) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("youSaid", youSaid);
        fields.put("weDecided", weDecided);
        fields.put("weDid", weDid);
        fields.put("responsible", responsible);
        List<FieldViolation> violations = new ArrayList<>();
        fields.forEach((field, text) -> {
            List<Finding> findings = screener.screen(text);
            if (!findings.isEmpty()) {
                violations.add(new FieldViolation(field, personalDataMessage(field, findings)));
            }
        });
        if (!violations.isEmpty()) {
            throw new ApiProblem(422, "personal-data", "Personal data in action", "Actions must not name children"
                    + " or hold personal data; nothing was stored. Skriv inte barns namn eller andra"
                    + " personuppgifter.", violations);
        }
    }

    static String personalDataMessage(String field, List<Finding> findings) {
        String kinds = findings.stream().map(f -> f.kind().swedish()).distinct().collect(Collectors.joining(", "));
        String where = findings.stream().map(f -> (f.start() + 1) + "–" + f.end())
                .collect(Collectors.joining(", "));
        String advice = "responsible".equals(field)
                ? "Skriv en roll eller funktion, till exempel Föreståndaren, inte en persons namn."
                : "Skriv inte barns namn eller andra personuppgifter: åtgärder får inte peka ut någon.";
        return "Texten verkar innehålla " + kinds + " (tecken " + where + "). " + advice;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
