package se.lyssna.backend.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.problem.ApiProblem;

@QuarkusTest
class UnitCsvImportTest {
    @Inject
    UnitCsvImport csvImport;
    @Inject
    UnitService units;

    @Test
    void preview_namesTheFilesOwnLineNumbers_countingBlankLinesAndWindowsLineEnds() {
        String a = "0180-hvb-csv-" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "kod;namn;typ;kommun\r\n" + a + ";HVB A;hvb;0180\r\n\r\n" + a + ";HVB A igen;hvb;0180\r\n"
                + "x;;slott;9999\r\n";
        UnitCsvImport.Preview preview = csvImport.preview(csv);
        assertThat(preview.lines()).extracting(UnitCsvImport.Line::number).containsExactly(2L, 4L, 5L);
        assertThat(preview.lines().get(0).ok()).isTrue();
        assertThat(preview.lines().get(1).errors()).containsExactly("koden '" + a + "' finns redan");
        assertThat(String.join(" ", preview.lines().get(2).errors())).contains("code:", "name:", "kind:",
                "kommunkoden '9999'");
        assertThat(preview.valid()).isEqualTo(1);
        assertThat(preview.invalid()).isEqualTo(2);
    }

    @Test
    void importAll_withOneWrongLine_importsNothing_andNamesTheLine() {
        String good = "0180-fh-csv-" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "code,name,kind,municipality\n" + good + ",Familjehem,familjehem,0180\n1480-x,Fel,hvb,0000\n";
        assertThatThrownBy(() -> csvImport.importAll(csv)).isInstanceOfSatisfying(ApiProblem.class,
                p -> assertThat(p.toProblem("/").violations()).extracting(v -> v.field()).containsExactly("rad 3"));
        assertThat(units.find(good)).isEmpty();
        assertThat(csvImport.importAll(csv.substring(0, csv.indexOf("1480-x")))).hasSize(1);
        assertThat(units.find(good)).isPresent();
    }
}
