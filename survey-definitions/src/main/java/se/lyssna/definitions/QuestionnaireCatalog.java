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
import java.util.Set;

/**
 * The set of questionnaires the platform knows, loaded and validated together. Files are listed in
 * {@code catalog.txt} (one file name a line) so that loading works the same from a folder and from a jar.
 * Loading fails with every violation at once: each file's own, those between versions of a key, and a published
 * version that no longer matches {@code published.lock}. Once loaded, the catalog answers which items are
 * comparable between two versions ({@link #comparableItemIds(String, String, String)}).
 */
public final class QuestionnaireCatalog {

    /** The list of questionnaire files, beside them. */
    public static final String INDEX_FILE = "catalog.txt";
    private static final String CLASSPATH_FOLDER = "questionnaires/";

    private final List<Questionnaire> questionnaires;
    private final HelpLines helpLines;

    private QuestionnaireCatalog(List<Questionnaire> questionnaires, HelpLines helpLines) {
        this.questionnaires = List.copyOf(questionnaires);
        this.helpLines = helpLines;
    }

    /**
     * Loads and validates the questionnaires bundled in the survey-definitions jar, and checks them against
     * {@code questionnaires/published.lock} when the jar has one.
     *
     * @throws InvalidQuestionnaireException listing every violation
     */
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
        return validated(results, readResource(PublishedLock.FILE_NAME).map(PublishedLock::parse),
                readResource(HelpLines.FILE_NAME).map(HelpLines::parse).orElse(HelpLines.none()));
    }

    /**
     * Loads and validates the questionnaires listed in {@code catalog.txt} of a folder, and checks them against
     * the folder's {@code published.lock} when there is one.
     *
     * @throws InvalidQuestionnaireException listing every violation
     */
    public static QuestionnaireCatalog fromDirectory(Path directory) {
        Path lock = directory.resolve(PublishedLock.FILE_NAME);
        Optional<PublishedLock> published = Files.exists(lock) ? Optional.of(PublishedLock.read(lock))
                : Optional.empty();
        return validated(loadDirectory(directory), published, helpLinesOf(directory));
    }

    /** A folder's help lines, or none when it has no {@value HelpLines#FILE_NAME}. */
    public static HelpLines helpLinesOf(Path directory) {
        Path file = directory.resolve(HelpLines.FILE_NAME);
        try {
            return Files.exists(file) ? HelpLines.parse(Files.readString(file, StandardCharsets.UTF_8))
                    : HelpLines.none();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the files listed in a folder's {@code catalog.txt} without validating them; for tools that must see
     * files as they are (locking, diffing).
     */
    public static List<LoadResult> loadDirectory(Path directory) {
        QuestionnaireLoader loader = QuestionnaireLoader.forDirectory(directory);
        try {
            String index = Files.readString(directory.resolve(INDEX_FILE), StandardCharsets.UTF_8);
            return fileNames(index).stream().map(f -> loader.load(directory.resolve(f))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file names listed in an index text, skipping blank lines and {@code #} comments. */
    public static List<String> fileNames(String index) {
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * Every violation of a set of loaded files: each file's own ({@link QuestionnaireValidator}), those between
     * files ({@code file-name-mismatch}, {@code duplicate-version}, {@code undeclared-text-change} …) and, when a
     * lock is given, those of {@link PublishedLock#check(List)}.
     */
    public static List<Violation> violations(List<LoadResult> results, Optional<PublishedLock> lock) {
        QuestionnaireValidator validator = new QuestionnaireValidator();
        List<Violation> violations = new ArrayList<>();
        List<LoadResult.Loaded> loaded = new ArrayList<>();
        for (LoadResult result : results) {
            if (result instanceof LoadResult.Loaded ok) {
                violations.addAll(validator.validate(ok.file(), ok.questionnaire()));
                loaded.add(ok);
            } else if (result instanceof LoadResult.Failed failed) {
                violations.addAll(failed.violations());
            }
        }
        violations.addAll(CatalogRule.check(loaded));
        // A file that did not load cannot be hashed; its lock entry would be reported as missing on top of the
        // real problem, so the lock is only checked once every file loads.
        if (loaded.size() == results.size()) {
            lock.ifPresent(l -> violations.addAll(l.check(loaded.stream().map(LoadResult.Loaded::questionnaire)
                    .toList())));
        }
        return violations;
    }

    private static QuestionnaireCatalog validated(List<LoadResult> results, Optional<PublishedLock> lock,
                                                  HelpLines helpLines) {
        List<Violation> violations = new ArrayList<>(violations(results, lock));
        violations.addAll(helpLines.violations(results.stream().filter(LoadResult.Loaded.class::isInstance)
                .map(r -> ((LoadResult.Loaded) r).questionnaire()).toList()));
        if (!violations.isEmpty()) {
            throw new InvalidQuestionnaireException(violations);
        }
        List<Questionnaire> loaded = new ArrayList<>();
        for (LoadResult result : results) {
            if (result instanceof LoadResult.Loaded ok) {
                loaded.add(ok.questionnaire());
            }
        }
        loaded.sort(Comparator.comparing(Questionnaire::key).thenComparing(Questionnaire::version, Versions.ORDER));
        return new QuestionnaireCatalog(loaded, helpLines);
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

    /** Where a child answering this questionnaire can get help now, in the order shown. */
    public List<HelpLine> helpLines(Questionnaire questionnaire) {
        return helpLines.of(questionnaire);
    }

    /** The help lines whose number or ages nobody has confirmed yet; they must be before a round is printed. */
    public List<HelpLine> helpLinesToReview() {
        return helpLines.toReview();
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

    /**
     * How each item fares from one version of {@code key} to a later one, going through every version between
     * them so that each step's declared revisions count.
     *
     * @throws IllegalArgumentException when a version is unknown or {@code toVersion} is older than
     *                                  {@code fromVersion}
     */
    public DiffResult diff(String key, String fromVersion, String toVersion) {
        return QuestionnaireDiff.across(versionsOf(key), fromVersion, toVersion);
    }

    /** The item IDs whose answers can be trended between two versions of {@code key}; see {@link #diff}. */
    public Set<String> comparableItemIds(String key, String fromVersion, String toVersion) {
        return diff(key, fromVersion, toVersion).comparableItemIds();
    }
}
