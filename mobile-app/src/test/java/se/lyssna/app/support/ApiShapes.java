package se.lyssna.app.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.lyssna.definitions.AnswerPictures;
import se.lyssna.definitions.AudioKey;
import se.lyssna.definitions.FreeTextItem;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.LineScale;
import se.lyssna.definitions.LocalizedText;
import se.lyssna.definitions.NumberItem;
import se.lyssna.definitions.OptionKind;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.Scale;
import se.lyssna.definitions.ScaleOption;

/** Renders a real questionnaire from the survey-definitions jar in the JSON shape of docs/api-contract.md. */
public final class ApiShapes {
    private ApiShapes() {
    }

    public static Map<String, Object> questionnaire(Questionnaire q, String locale, boolean withAudio) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", q.key());
        out.put("version", q.version());
        out.put("locale", locale);
        out.put("direction", "ar".equals(locale) ? "rtl" : "ltr");
        out.put("title", text(q.title(), locale));
        out.put("intro", text(q.intro(), locale));
        out.put("ageBand", Map.of("from", q.ageBand().from(), "to", q.ageBand().to()));
        out.put("background", items(q, q.background(), locale, withAudio));
        out.put("items", items(q, q.items(), locale, withAudio));
        out.put("helpLines", HELP.helpLines(q).stream().map(l -> Map.of("name", l.name(), "phone", l.phone(),
                "dial", l.dial(), "text", text(l.text(), locale))).toList());
        return out;
    }

    private static final se.lyssna.definitions.QuestionnaireCatalog HELP =
            se.lyssna.definitions.QuestionnaireCatalog.fromClasspath();

    private static List<Map<String, Object>> items(Questionnaire q, List<Item> items, String locale, boolean audio) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Item item : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", item.id());
            m.put("kind", item.kindName());
            m.put("area", item.area().orElse(null));
            m.put("subArea", item.subArea().orElse(null));
            m.put("background", item.background().orElse(null));
            String text = text(item.text(), locale);
            m.put("text", text);
            m.put("required", item.required());
            m.put("image", item.image().map(i -> Map.of("pictogram", i.pictogram(), "alt", text(i.alt(), locale)))
                    .orElse(null));
            m.put("showIf", item.showIf().map(c -> Map.of("item", c.item(), "anyOf", c.anyOf())).orElse(null));
            q.scaleOf(item).ifPresent(scale -> putScale(m, scale, locale, audio));
            if (item instanceof NumberItem) {
                m.put("min", ((NumberItem) item).min());
                m.put("max", ((NumberItem) item).max());
            }
            if (item instanceof FreeTextItem) {
                m.put("maxLength", ((FreeTextItem) item).maxLength());
            }
            m.put("audio", audio ? AudioKey.path(locale, text) : null);
            out.add(m);
        }
        return out;
    }

    /** As the backend serves them: the answers' pictures from pictograms.yaml's table. */
    private static final AnswerPictures PICTURES = AnswerPictures.fromClasspath();

    private static void putScale(Map<String, Object> m, Scale scale, String locale, boolean audio) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (ScaleOption o : scale.options()) {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("value", o.value());
            option.put("label", o.label().text(locale).orElse(o.value()));
            option.put("kind", o.kind() == OptionKind.ANSWER ? "answer"
                    : o.kind() == OptionKind.DONT_KNOW ? "dont-know" : "no-answer");
            option.put("face", PICTURES.of(scale, o).orElse(null));
            String label = (String) option.get("label");
            option.put("audio", audio ? AudioKey.path(locale, label) : null);
            options.add(option);
        }
        m.put("options", options);
        if (scale instanceof LineScale) {
            LineScale line = (LineScale) scale;
            m.put("min", line.min());
            m.put("max", line.max());
            m.put("minLabel", text(line.minLabel(), locale));
            m.put("maxLabel", text(line.maxLabel(), locale));
        }
    }

    private static String text(LocalizedText t, String locale) {
        return t.text(locale).orElse("");
    }
}
