package se.lyssna.backend.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import se.lyssna.definitions.LoadResult;
import se.lyssna.definitions.QuestionnaireLoader;
import se.lyssna.definitions.QuestionnaireValidator;

/**
 * Fuzzes the questionnaire loader and validator with arbitrary YAML: an author's broken file must become a list of
 * violations, never an exception. Kept inputs in {@code QuestionnaireLoaderFuzzTestInputs/} run in every build;
 * {@code JAZZER_FUZZ=1} fuzzes (README).
 */
class QuestionnaireLoaderFuzzTest {
    private static final QuestionnaireLoader LOADER = QuestionnaireLoader.withoutSharedScales();

    @FuzzTest(maxDuration = "2m")
    void anyYaml(byte[] bytes) {
        LoadResult result = LOADER.parse("fuzzed.yaml", new String(bytes, StandardCharsets.UTF_8));
        assertThat(result).isNotNull();
        if (result instanceof LoadResult.Loaded loaded) {
            assertThat(new QuestionnaireValidator().validate("fuzzed.yaml", loaded.questionnaire())).isNotNull();
        }
    }
}
