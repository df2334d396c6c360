package se.lyssna.backend.results.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.results.PublishedResults;
import se.lyssna.backend.results.disclosure.Measure;
import se.lyssna.backend.results.disclosure.Scope;

/**
 * The frozen, protected tables of a round as CSV and XLSX: one row per published figure (per option for a
 * distribution). Reads only the published tables, so a suppressed figure is a reason here too, never a number.
 */
@ApplicationScoped
public class TableExport {
    public static final List<String> HEADER = List.of("scope", "code", "name", "group_by", "group", "measure", "id",
            "option", "count", "base", "percent_of_base", "suppressed", "ages");
    private final PublishedResults published;

    TableExport(PublishedResults published) {
        this.published = published;
    }

    public List<List<Object>> rows(UUID roundId) {
        List<PublishedResults.Row> cells = published.all(roundId);
        if (cells.isEmpty()) {
            throw DomainException.notFound("Round " + roundId + " has no published results (it may still be open)");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (PublishedResults.Row c : cells) {
            String scope = c.scope();
            String group = c.group();
            String measure = c.measure();
            Scope where = Scope.parse(scope);
            String kind = where.kind();
            String code = where.code();
            String groupBy = group.contains("=") ? group.substring(0, group.indexOf('=')) : "";
            String groupValue = group.contains("=") ? group.substring(group.indexOf('=') + 1) : group;
            Measure what = Measure.parse(measure);
            String type = what.kind();
            String id = what.of();
            Integer size = c.figure().size();
            // Whatever rule hid it, the export says only the one public reason.
            String suppressed = c.figure().hidden() ? se.lyssna.backend.results.disclosure.Reason.PUBLIC_KEY : null;
            if (suppressed != null || c.figure().counts().isEmpty()) {
                rows.add(List.of(kind, code, c.scopeName(), groupBy, groupValue, type, id, "",
                        size == null ? "" : size, size == null ? "" : size, "", suppressed == null ? "" : suppressed,
                        c.band()));
                continue;
            }
            Map<String, Integer> counts = c.figure().counts();
            // An area index counts answers to its items, more than one per child: its share is of those answers.
            int base = type.equals("area") ? counts.values().stream().mapToInt(Integer::intValue).sum() : size;
            counts.forEach((option, count) -> rows.add(List.of(kind, code, c.scopeName(), groupBy, groupValue,
                    type, id, option, count, base, base == 0 ? "" : Math.round(100.0 * count / base), "", c.band())));
        }
        return rows;
    }

    public byte[] csv(UUID roundId) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(HEADER.toArray(String[]::new)).build())) {
            for (List<Object> row : rows(roundId)) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public byte[] xlsx(UUID roundId) {
        return xlsx(rows(roundId), SpreadsheetVersion.EXCEL2007.getMaxRows() - 1);
    }

    /**
     * Streamed, since a national round has millions of rows; a sheet holds at most {@code rowsPerSheet} of them (Excel
     * stops at 1,048,576 rows), so a round with more continues on "Resultat 2", "Resultat 3"…, each with the header.
     */
    static byte[] xlsx(List<List<Object>> rows, int rowsPerSheet) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = null;
            int r = 0;
            for (List<Object> values : rows) {
                if (sheet == null || r > rowsPerSheet) {
                    sheet = sheet(workbook, bold);
                    r = 1;
                }
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(i).setCellValue(String.valueOf(value));
                    }
                }
            }
            if (sheet == null) {
                sheet(workbook, bold);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(SXSSFWorkbook workbook, CellStyle bold) {
        int number = workbook.getNumberOfSheets() + 1;
        Sheet sheet = workbook.createSheet(number == 1 ? "Resultat" : "Resultat " + number);
        Row header = sheet.createRow(0);
        for (int i = 0; i < HEADER.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(HEADER.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

}
