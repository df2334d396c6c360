package se.lyssna.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every scale a child answers with one tap, when it says how good, how much or how often (it has a positive answer)
 * or is a yes/no, shows a picture on each answer, and no two answers of it share one: the two agree answers once
 * shared a face, and yes/no questions had none. Multiple choice keeps its tick boxes.
 */
class AnswerPicturesTest {
    private final AnswerPictures pictures = AnswerPictures.fromClasspath();
    private final List<Questionnaire> all = QuestionnaireCatalog.fromClasspath().all();

    @Test
    void everyScaleAChildMeetsWithOneTap_showsADifferentPictureOnEachAnswer() {
        List<String> problems = new ArrayList<>();
        for (Questionnaire q : all) {
            for (Item item : q.allItems()) {
                if (!(item instanceof SingleChoiceItem)) {
                    continue;
                }
                Scale scale = q.scaleOf(item).orElseThrow();
                List<ScaleOption> answers = scale.options().stream()
                        .filter(o -> o.kind() == OptionKind.ANSWER).toList();
                boolean judges = answers.stream().anyMatch(ScaleOption::positive);
                boolean yesNo = answers.stream().map(ScaleOption::value).toList().equals(List.of("yes", "no"));
                if (!judges && !yesNo) {
                    continue; // who the child is (age, gender, placement): words say it better than a picture
                }
                Map<String, String> seen = new HashMap<>();
                for (ScaleOption o : answers) {
                    String where = q.key() + " " + q.version() + " " + item.id() + " (" + scale.key() + ") "
                            + o.value();
                    pictures.of(scale, o).ifPresentOrElse(p -> {
                        String other = seen.putIfAbsent(p, o.value());
                        if (other != null) {
                            problems.add(where + " shares " + p + " with " + other);
                        }
                    }, () -> problems.add(where + " has no picture"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theTable_namesOnlyScalesOptionsAndPicturesThatExist() {
        Map<String, Scale> scales = new HashMap<>();
        all.forEach(q -> scales.putAll(q.usedScales()));
        List<String> problems = new ArrayList<>();
        pictures.table().forEach((scaleKey, byValue) -> {
            // Every shared scale is merged into every questionnaire, used or not.
            Scale scale = all.get(0).scale(scaleKey).orElse(null);
            if (scale == null) {
                problems.add("no scale " + scaleKey);
                return;
            }
            byValue.forEach((value, picture) -> {
                if (scale.options().stream().noneMatch(o -> o.value().equals(value))) {
                    problems.add(scaleKey + " has no option " + value);
                }
                if (!pictures.pictograms().contains(picture)) {
                    problems.add(scaleKey + " " + value + ": no pictogram " + picture);
                }
            });
        });
        scales.values().forEach(s -> s.options().forEach(o -> o.face()
                .filter(f -> !pictures.pictograms().contains(f)).ifPresent(f -> problems.add("no pictogram " + f))));
        assertThat(problems).isEmpty();
        assertThat(pictures.table()).containsKeys("agree-5", "yes-no");
    }

    /** A child who cannot yet read "Mycket dåligt" / "Mycket bra" tells the ends of a line apart by its faces. */
    @Test
    void everyLineAChildMeets_hasASadFaceAtItsBottomAndAHappyFaceAtItsTop() {
        List<String> problems = new ArrayList<>();
        for (Questionnaire q : all) {
            for (Item item : q.allItems()) {
                if (q.scaleOf(item).orElse(null) instanceof LineScale line) {
                    String where = q.key() + " " + q.version() + " " + item.id() + " (" + line.key() + ")";
                    if (!pictures.of(line, option(line, Integer.toString(line.min()))).orElse("").contains("sad")) {
                        problems.add(where + ": no sad face at " + line.min());
                    }
                    if (!pictures.of(line, option(line, Integer.toString(line.max()))).orElse("").contains("happy")) {
                        problems.add(where + ": no happy face at " + line.max());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(all).anyMatch(q -> q.allItems().stream().anyMatch(i -> q.scaleOf(i).orElse(null)
                instanceof LineScale));
    }

    @Test
    void of_prefersTheTable_andFallsBackToTheOptionsFace() {
        AnswerPictures table = AnswerPictures.parse("""
                pictograms: {answer-yes: {}}
                answer-pictures:
                  yes-no-dontknow: {"yes": answer-yes}
                """);
        Scale scale = all.get(0).usedScales().get("yes-no-dontknow");
        assertThat(table.of(scale, option(scale, "yes"))).hasValue("answer-yes");
        assertThat(table.of(scale, option(scale, "no"))).isEqualTo(option(scale, "no").face());
        assertThat(table.of(scale, option(scale, "no-answer"))).hasValue("face-closed");
        assertThat(AnswerPictures.parse("{}").table()).isEmpty();
    }

    private static ScaleOption option(Scale scale, String value) {
        return scale.options().stream().filter(o -> o.value().equals(value)).findFirst().orElseThrow();
    }
}
