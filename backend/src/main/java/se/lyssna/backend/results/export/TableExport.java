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
    /** Rows in one Excel sheet, its header's included. */
    static final int MAX_ROWS = 1_048_576;
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
        return xlsx(rows(roundId), MAX_ROWS - 1);
    }

    /**
     * Streamed, since a national round has millions of rows; a sheet holds at most {@code rowsPerSheet} of them (Excel
     * stops at 1,048,576 rows), so a round with more continues on "Resultat 2", "Resultat 3"…, each with the header.
     */
    static byte[] xlsx(List<List<Object>> rows, int rowsPerSheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter writer = new XlsxWriter(out, HEADER, rowsPerSheet)) {
            for (List<Object> row : rows) {
                writer.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
