package se.lyssna.accessibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import se.lyssna.definitions.LoadResult;
import se.lyssna.definitions.Questionnaire;
import se.lyssna.definitions.QuestionnaireLoader;

/** Test questionnaires, parsed without the survey-definitions validator so that only our rules are exercised. */
public final class Fixtures {

    public static final String SMALL = "small-13-17_2027.1.yaml";

    private Fixtures() {
    }

    public static String yaml(String name) {
        String resource = "/fixtures/" + name.replace("_2027.1", "");
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Questionnaire small() {
        return parse(yaml(SMALL));
    }

    /** The small questionnaire with one piece of text replaced, to break one rule. */
    public static Questionnaire smallWith(String original, String replacement) {
        String yaml = yaml(SMALL);
        if (!yaml.contains(original)) {
            throw new IllegalArgumentException("fixture has no '" + original + "'");
        }
        return parse(yaml.replace(original, replacement));
    }

    public static Questionnaire parse(String yaml) {
        LoadResult result = QuestionnaireLoader.withoutSharedScales().parse(SMALL, yaml);
        if (result instanceof LoadResult.Loaded loaded) {
            return loaded.questionnaire();
        }
        throw new IllegalStateException("fixture does not load: " + ((LoadResult.Failed) result).violations());
    }
}
