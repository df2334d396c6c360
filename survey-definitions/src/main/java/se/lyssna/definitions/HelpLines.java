package se.lyssna.definitions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The help lines of each questionnaire key ({@code help-lines.yaml}), kept apart from the questionnaire files so that
 * a changed number reaches children without a new questionnaire version (and without breaking published locks).
 */
public final class HelpLines {
    /** The file beside the questionnaires. */
    public static final String FILE_NAME = "help-lines.yaml";
    /** What the build can dial: digits, spaces and one dash, e.g. {@code 08-702 16 80}. */
    private static final Pattern PHONE = Pattern.compile("[0-9]{2,5}(-?[0-9 ]{0,12}[0-9])?");
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final List<HelpLine> lines;
    private final Map<String, List<String>> byQuestionnaire;

    private HelpLines(List<HelpLine> lines, Map<String, List<String>> byQuestionnaire) {
        this.lines = List.copyOf(lines);
        this.byQuestionnaire = Map.copyOf(byQuestionnaire);
    }

    /** No help lines file: nothing declared and nothing checked (a test folder of questionnaires). */
    public static HelpLines none() {
        return new HelpLines(List.of(), Map.of());
    }

    /** @throws IllegalArgumentException when the file is not of the expected shape */
    public static HelpLines parse(String yaml) {
        try {
            File file = YAML.readValue(yaml, File.class);
            return new HelpLines(file.lines() == null ? List.of() : file.lines(),
                    file.questionnaires() == null ? Map.of() : file.questionnaires());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(FILE_NAME + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The file's shape. */
    private record File(List<HelpLine> lines, LinkedHashMap<String, List<String>> questionnaires) {
    }

    /** The lines shown with a questionnaire, in order; empty when the file declares none for its key. */
    public List<HelpLine> of(Questionnaire questionnaire) {
        return byQuestionnaire.getOrDefault(questionnaire.key(), List.of()).stream().map(this::line)
                .flatMap(Optional::stream).toList();
    }

    /** Every line still marked for review. */
    public List<HelpLine> toReview() {
        return lines.stream().filter(HelpLine::review).toList();
    }

    private Optional<HelpLine> line(String key) {
        return lines.stream().filter(l -> key.equals(l.key())).findFirst();
    }

    /**
     * Every problem: a line without a key, name or dialable number, a key given twice or unknown; and for each
     * questionnaire none at all, a line whose ages do not cover the questionnaire's whole age band, or a line without
     * text in one of its locales. With no file ({@link #none()}) nothing is checked.
     */
    public List<Violation> violations(List<Questionnaire> questionnaires) {
        List<Violation> violations = new ArrayList<>();
        if (lines.isEmpty() && byQuestionnaire.isEmpty()) {
            return violations;
        }
        Set<String> keys = new HashSet<>();
        for (HelpLine line : lines) {
            if (HeaderRule.isBlank(line.key()) || HeaderRule.isBlank(line.name()) || line.ages() == null
                    || line.phone() == null || !PHONE.matcher(line.phone()).matches()) {
                violations.add(Violation.atItem(FILE_NAME, line.key(), Codes.INVALID_HELP_LINE, "a help line needs a"
                        + " key, a name, ages {from, to} and a number of digits, spaces and one dash"));
            } else if (!keys.add(line.key())) {
                violations.add(Violation.atItem(FILE_NAME, line.key(), Codes.INVALID_HELP_LINE, "key given twice"));
            }
        }
        byQuestionnaire.forEach((key, given) -> given.stream().filter(k -> line(k).isEmpty()).forEach(k ->
                violations.add(Violation.atItem(FILE_NAME, k, Codes.INVALID_HELP_LINE, key + " lists help line '"
                        + k + "', which is not declared under lines"))));
        for (Questionnaire questionnaire : questionnaires) {
            List<HelpLine> shown = of(questionnaire);
            if (shown.isEmpty()) {
                violations.add(Violation.of(FILE_NAME, Codes.MISSING_HELP_LINE, questionnaire.key()
                        + " has no help line: every child must see where to get help now"));
            }
            for (HelpLine line : shown) {
                AgeBand band = questionnaire.ageBand();
                if (line.ages() != null && band != null
                        && (!line.ages().contains(band.from()) || !line.ages().contains(band.to()))) {
                    violations.add(Violation.atItem(FILE_NAME, line.key(), Codes.HELP_LINE_AGES, line.name()
                            + " is for ages " + line.ages() + ", not for all of " + questionnaire.id() + " ("
                            + band + ")"));
                }
                for (String locale : questionnaire.locales()) {
                    if (!line.text().hasText(locale)) {
                        violations.add(Violation.atItemLocale(FILE_NAME, line.key(), locale,
                                Codes.MISSING_LOCALE_TEXT, line.name() + " needs a text in " + locale + " for "
                                        + questionnaire.id()));
                    }
                }
            }
        }
        return violations;
    }
}
