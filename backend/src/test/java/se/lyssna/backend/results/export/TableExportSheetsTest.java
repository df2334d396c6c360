package se.lyssna.backend.results.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A national round has more rows than one Excel sheet holds (1,048,576): the export goes on in further sheets. */
class TableExportSheetsTest {
    @Test
    void xlsx_whenRowsExceedASheet_continuesOnNextSheetWithHeader() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            rows.add(List.of("unit", "0180-hvb-" + i, "Hem", "all", "all", "respondents", "", "", i));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(rows, 3)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(1)).isEqualTo("Resultat 2");
            int data = 0;
            for (Sheet sheet : workbook) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(TableExport.HEADER.get(0));
                data += sheet.getLastRowNum();
            }
            assertThat(data).isEqualTo(7);
            assertThat(workbook.getSheetAt(2).getRow(1).getCell(1).getStringCellValue()).isEqualTo("0180-hvb-6");
        }
    }

    /** Strings are written once to the shared table and named by number in the cells: each reads back as written. */
    @Test
    void xlsx_readsBackEveryValue() throws Exception {
        List<List<Object>> rows = List.of(
                List.of("unit", "0180-hvb-1", "Hem & <gård> \"Ek\"", "", "all", 7, 12L, 0.5),
                List.of("unit", "0180-hvb-2", "Hem & <gård> \"Ek\"", "age-band", "13-17", 0, 3L, 1.0));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(rows, 10)))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object expected = rows.get(r).get(c);
                    var cell = sheet.getRow(r + 1).getCell(c);
                    if (expected instanceof Number n) {
                        assertThat(cell.getNumericCellValue()).as("row %d column %d", r, c)
                                .isEqualTo(n.doubleValue());
                    } else {
                        assertThat(cell.getStringCellValue()).as("row %d column %d", r, c).isEqualTo(expected);
                    }
                }
            }
            assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("ages");
        }
    }

    @Test
    void xlsx_whenNoRows_hasHeaderSheet() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(List.of(), 3)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("scope");
        }
    }
}
