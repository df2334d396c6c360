package se.lyssna.definitions;

import java.util.List;

/** The outcome of reading one questionnaire file: the questionnaire, or why it could not be read. */
public sealed interface LoadResult {

    /** The file the result is about. */
    String file();

    /** The file was read; it may still break validation rules. */
    record Loaded(String file, Questionnaire questionnaire) implements LoadResult {
    }

    /** The file could not be read into a questionnaire at all. */
    record Failed(String file, List<Violation> violations) implements LoadResult {
        public Failed {
            violations = List.copyOf(violations);
        }
    }
}
