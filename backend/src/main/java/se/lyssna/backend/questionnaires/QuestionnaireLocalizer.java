package se.lyssna.backend.questionnaires;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import se.lyssna.backend.problem.ApiProblem;
import se.lyssna.definitions.AnswerPictures;
import se.lyssna.definitions.AudioKey;
import se.lyssna.definitions.ChoiceScale;
import se.lyssna.definitions.FreeTextItem;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.LineScale;
import se.lyssna.definitions.LocalizedText;
import se.lyssna.definitions.NumberItem;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.Scale;
import se.lyssna.definitions.ScaleOption;
import se.lyssna.backend.questionnaires.QuestionnaireViews.ConditionView;
import se.lyssna.backend.questionnaires.QuestionnaireViews.ImageView;
import se.lyssna.backend.questionnaires.QuestionnaireViews.ItemView;
import se.lyssna.backend.questionnaires.QuestionnaireViews.Localized;
import se.lyssna.backend.questionnaires.QuestionnaireViews.OptionView;

/** Turns a questionnaire into the texts of one locale, as the app shows them. */
@ApplicationScoped
public class QuestionnaireLocalizer {
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ckb");
    /** The answers' pictures: presentation kept beside the pictograms, outside the locked content. */
    private static final AnswerPictures PICTURES = AnswerPictures.fromClasspath();

    private final QuestionnaireRegistry questionnaires;

    QuestionnaireLocalizer(QuestionnaireRegistry questionnaires) {
        this.questionnaires = questionnaires;
    }

    public Localized localize(Questionnaire questionnaire, String requestedLocale) {
        String locale = requestedLocale == null || requestedLocale.isBlank() ? questionnaire.locales().get(0)
                : requestedLocale.strip();
        if (!questionnaire.locales().contains(locale)) {
            throw ApiProblem.badRequest("Locale '" + locale + "' is not offered by " + questionnaire.id()
                    + "; choose one of " + questionnaire.locales());
        }
        String direction = RIGHT_TO_LEFT.contains(locale.split("-")[0].toLowerCase(Locale.ROOT)) ? "rtl" : "ltr";
        return new Localized(questionnaire.key(), questionnaire.version(), locale, direction,
                text(questionnaire.title(), locale), text(questionnaire.intro(), locale), questionnaire.ageBand(),
                items(questionnaire, questionnaire.background(), locale),
                items(questionnaire, questionnaire.items(), locale), helpLines(questionnaire, locale));
    }

    /** The questionnaire's help lines in a locale (every locale has a text: the catalog checks it). */
    public List<QuestionnaireViews.HelpLineView> helpLines(Questionnaire questionnaire, String locale) {
        // No audio yet: the read-aloud generator covers questionnaire texts, not help-lines.yaml.
        return questionnaires.catalog().helpLines(questionnaire).stream().map(line -> new QuestionnaireViews
                .HelpLineView(line.name(), line.phone(), line.dial(), text(line.text(), locale), null)).toList();
    }

    private List<ItemView> items(Questionnaire questionnaire, List<Item> items, String locale) {
        return items.stream().map(item -> item(questionnaire, item, locale)).toList();
    }

    private ItemView item(Questionnaire questionnaire, Item item, String locale) {
        Scale scale = questionnaire.scaleOf(item).orElse(null);
        String text = text(item.text(), locale);
        Integer min = null;
        Integer max = null;
        String minLabel = null;
        String maxLabel = null;
        if (scale instanceof LineScale line) {
            min = line.min();
            max = line.max();
            minLabel = text(line.minLabel(), locale);
            maxLabel = text(line.maxLabel(), locale);
        } else if (item instanceof NumberItem number) {
            min = number.min();
            max = number.max();
        }
        return new ItemView(item.id(), item.kindName(), item.area().orElse(null), item.subArea().orElse(null),
                item.background().orElse(null), text, item.required(),
                item.image().map(i -> new ImageView(i.pictogram(), text(i.alt(), locale))).orElse(null),
                item.showIf().map(c -> new ConditionView(c.item(), c.anyOf())).orElse(null),
                scale == null ? null : options(scale, locale), min, max, minLabel, maxLabel,
                item instanceof FreeTextItem free ? free.maxLength() : null,
                text.isEmpty() ? null : AudioKey.path(locale, text));
    }

    private static List<OptionView> options(Scale scale, String locale) {
        return scale.options().stream().map(o -> option(scale, o, locale)).toList();
    }

    private static OptionView option(Scale scale, ScaleOption option, String locale) {
        String label = scale instanceof ChoiceScale || option.kind() != se.lyssna.definitions.OptionKind.ANSWER
                ? text(option.label(), locale) : option.value();
        String audio = label.isEmpty() ? null : AudioKey.path(locale, label);
        return new OptionView(option.value(), label, option.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                PICTURES.of(scale, option).orElse(null), audio);
    }

    private static String text(LocalizedText text, String locale) {
        return text.text(locale).orElse("");
    }
}
