package se.lyssna.definitions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The set of questionnaires the platform knows, loaded and validated together. Files are listed in
 * {@code catalog.txt} (one file name a line) so that loading works the same from a folder and from a jar.
 */
public final class QuestionnaireCatalog {

    /** The list of questionnaire files, beside them. */
    public static final String INDEX_FILE = "catalog.txt";
    private static final String CLASSPATH_FOLDER = "questionnaires/";

    private final List<Questionnaire> questionnaires;

    private QuestionnaireCatalog(List<Questionnaire> questionnaires) {
        this.questionnaires = List.copyOf(questionnaires);
    }

    /** Loads and validates the questionnaires bundled in the survey-definitions jar. */
    public static QuestionnaireCatalog fromClasspath() {
        String scales = readResource(QuestionnaireLoader.SHARED_SCALES_FILE).orElse("scales: []");
        QuestionnaireLoader loader = QuestionnaireLoader.withSharedScales(scales);
        String index = readResource(INDEX_FILE)
                .orElseThrow(() -> new IllegalStateException("no questionnaires/" + INDEX_FILE + " on the classpath"));
        List<LoadResult> results = new ArrayList<>();
        for (String file : fileNames(index)) {
            String yaml = readResource(file)
                    .orElseThrow(() -> new IllegalStateException(INDEX_FILE + " lists missing file " + file));
            results.add(loader.parse(file, yaml));
        }
        return validated(results);
    }

    /** Loads and validates the questionnaires listed in {@code catalog.txt} of a folder. */
    public static QuestionnaireCatalog fromDirectory(Path directory) {
        QuestionnaireLoader loader = QuestionnaireLoader.forDirectory(directory);
        try {
            String index = Files.readString(directory.resolve(INDEX_FILE), StandardCharsets.UTF_8);
            return validated(fileNames(index).stream().map(f -> loader.load(directory.resolve(f))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file names listed in an index text, skipping blank lines and {@code #} comments. */
    public static List<String> fileNames(String index) {
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static QuestionnaireCatalog validated(List<LoadResult> results) {
        QuestionnaireValidator validator = new QuestionnaireValidator();
        List<Violation> violations = new ArrayList<>();
        List<Questionnaire> loaded = new ArrayList<>();
        for (LoadResult result : results) {
            if (result instanceof LoadResult.Loaded ok) {
                violations.addAll(validator.validate(ok.file(), ok.questionnaire()));
                loaded.add(ok.questionnaire());
            } else if (result instanceof LoadResult.Failed failed) {
                violations.addAll(failed.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidQuestionnaireException(violations);
        }
        loaded.sort(Comparator.comparing(Questionnaire::key).thenComparing(Questionnaire::version));
        return new QuestionnaireCatalog(loaded);
    }

    private static Optional<String> readResource(String name) {
        ClassLoader loader = QuestionnaireCatalog.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(CLASSPATH_FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Questionnaire> all() {
        return questionnaires;
    }

    public List<Questionnaire> published() {
        return questionnaires.stream().filter(Questionnaire::isPublished).toList();
    }

    public Optional<Questionnaire> find(String key, String version) {
        return questionnaires.stream().filter(q -> q.key().equals(key) && q.version().equals(version)).findFirst();
    }

    /** Every version of one key, oldest first. */
    public List<Questionnaire> versionsOf(String key) {
        return questionnaires.stream().filter(q -> q.key().equals(key)).toList();
    }
}
