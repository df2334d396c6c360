package se.lyssna.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lyssna.definitions.Violation;

class AcceptedViolationsTest {

    @TempDir
    Path dir;

    @Test
    void filter_whenViolationIsAccepted_removesItAndReportsEntriesThatNoLongerOccur() throws Exception {
        Path file = dir.resolve("accepted-violations.txt");
        Files.writeString(file, """
                # comment
                a_1.yaml | item-1 | sv | sentence-too-long | published 2026; fixed in 2027.1
                a_1.yaml | - | - | questionnaire-lix-too-high | published 2026
                """);
        Violation accepted = Violation.atItemLocale("a_1.yaml", "item-1", "sv", "sentence-too-long", "21 words");
        Violation other = Violation.atItemLocale("a_1.yaml", "item-2", "sv", "sentence-too-long", "22 words");

        List<Violation> remaining = AcceptedViolations.read(file).filter(List.of(accepted, other));

        assertThat(remaining).hasSize(2).contains(other);
        assertThat(remaining).filteredOn(v -> v.code().equals(AcceptedViolations.STALE)).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("questionnaire-lix-too-high no longer occurs"));
    }
}
