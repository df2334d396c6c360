package se.lyssna.app.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A questionnaire in one language as the app walks it: the survey items first, then the background questions. */
public record Survey(String key, String version, String locale, boolean rightToLeft, String title, String intro,
                     List<Question> questions) {

    public Survey {
        questions = List.copyOf(questions);
    }

    /** The questions a child sees given the answers so far: skip logic removes follow-ups whose condition fails. */
    public List<Question> visible(Map<String, List<String>> answers) {
        List<Question> shown = new ArrayList<>();
        for (Question q : questions) {
            boolean show = q.prompt().showIf()
                    .map(c -> c.holdsFor(answers.getOrDefault(c.item(), List.of())))
                    .orElse(true);
            if (show) {
                shown.add(q);
            }
        }
        return shown;
    }

    /** The question with this ID, if any. */
    public Optional<Question> find(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
