package se.lyssna.app.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.lyssna.app.api.ItemDto;
import se.lyssna.app.api.OptionDto;
import se.lyssna.app.api.QuestionnaireDto;

/** Turns the served JSON into the app's sealed question types. */
public final class SurveyMapper {
    private SurveyMapper() {
    }

    public static Survey toSurvey(QuestionnaireDto dto) {
        List<Question> questions = new ArrayList<>();
        for (ItemDto item : orEmpty(dto.items())) {
            questions.add(toQuestion(item, false));
        }
        for (ItemDto item : orEmpty(dto.background())) {
            questions.add(toQuestion(item, true));
        }
        return new Survey(dto.key(), dto.version(), dto.locale(), "rtl".equalsIgnoreCase(dto.direction()),
                nz(dto.title()), nz(dto.intro()), questions);
    }

    static Question toQuestion(ItemDto item, boolean background) {
        List<AnswerOption> all = new ArrayList<>();
        for (OptionDto o : orEmpty(item.options())) {
            all.add(new AnswerOption(o.value(), nz(o.label()), AnswerOption.kindOf(o.kind()), o.face(), o.audio()));
        }
        Prompt prompt = new Prompt(item.id(), nz(item.text()),
                Optional.ofNullable(item.image()).filter(i -> i.pictogram() != null)
                        .map(i -> new Picture(i.pictogram(), nz(i.alt()))),
                Optional.ofNullable(item.audio()).filter(a -> !a.isBlank()),
                Optional.ofNullable(item.showIf()),
                background || item.background() != null,
                first(all, AnswerOption.Kind.DONT_KNOW),
                first(all, AnswerOption.Kind.NO_ANSWER),
                Boolean.TRUE.equals(item.required()));
        List<AnswerOption> answers = all.stream().filter(o -> o.kind() == AnswerOption.Kind.ANSWER).toList();
        String kind = nz(item.kind());
        switch (kind) {
            case "multiple-choice":
                return new ChoiceQuestion(prompt, answers, true);
            case "line":
                return new LineQuestion(prompt, orDefault(item.min(), 0), orDefault(item.max(), 10),
                        nz(item.minLabel()), nz(item.maxLabel()), stepPictures(answers));
            case "number":
                return new NumberQuestion(prompt, orDefault(item.min(), 0), orDefault(item.max(), 99));
            case "free-text":
                return new TextQuestion(prompt, orDefault(item.maxLength(), 500));
            default:
                return new ChoiceQuestion(prompt, answers, false);
        }
    }

    /** A line's steps are its answers "0"…"10"; those the definitions give a picture keep it. */
    private static Map<Integer, String> stepPictures(List<AnswerOption> steps) {
        Map<Integer, String> pictures = new HashMap<>();
        for (AnswerOption step : steps) {
            if (step.face() != null && step.value().matches("-?\\d+")) {
                pictures.put(Integer.parseInt(step.value()), step.face());
            }
        }
        return pictures;
    }

    private static Optional<AnswerOption> first(List<AnswerOption> options, AnswerOption.Kind kind) {
        return options.stream().filter(o -> o.kind() == kind).findFirst();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
