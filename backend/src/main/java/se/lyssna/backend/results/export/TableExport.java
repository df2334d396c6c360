package se.lyssna.backend.results.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.results.PublishedResults;
import se.lyssna.backend.results.disclosure.Measure;
import se.lyssna.backend.results.disclosure.Reason;
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

    /** Every row of the export, held in memory: for the console's preview, which counts them by reason. */
    public List<List<Object>> rows(UUID roundId) {
        List<List<Object>> rows = new ArrayList<>();
        each(roundId, rows::add);
        return rows;
    }

    /**
     * Each row of the export as its figure is read (a national round has millions of rows: they are written as they
     * come instead of being held), in the order of {@link PublishedResults#eachCell}; not found if the round has no
     * published figures.
     */
    private void each(UUID roundId, RowSink sink) {
        Map<String, Scope> scopes = new HashMap<>();
        Map<String, Measure> measures = new HashMap<>();
        int[] figures = {0};
        published.eachCell(roundId, c -> {
            figures[0]++;
            Scope where = scopes.computeIfAbsent(c.scope(), Scope::parse);
            String kind = where.kind();
            String code = where.code();
            String group = c.group();
            int equals = group.indexOf('=');
            String groupBy = equals < 0 ? "" : group.substring(0, equals);
            String groupValue = equals < 0 ? group : group.substring(equals + 1);
            Measure what = measures.computeIfAbsent(c.measure(), Measure::parse);
            String type = what.kind();
            String id = what.of();
            Integer size = c.figure().size();
            try {
                // Whatever rule hid it, the export says only the one public reason.
                String suppressed = c.figure().hidden() ? Reason.PUBLIC_KEY : null;
                if (suppressed != null || c.figure().counts().isEmpty()) {
                    sink.row(List.of(kind, code, c.scopeName(), groupBy, groupValue, type, id, "",
                            size == null ? "" : size, size == null ? "" : size, "",
                            suppressed == null ? "" : suppressed, c.band()));
                    return;
                }
                Map<String, Integer> counts = c.figure().counts();
                // An area index counts answers to its items, more than one per child: its share is of those answers.
                int base = type.equals("area") ? counts.values().stream().mapToInt(Integer::intValue).sum() : size;
                for (Map.Entry<String, Integer> option : counts.entrySet()) {
                    int count = option.getValue();
                    sink.row(List.of(kind, code, c.scopeName(), groupBy, groupValue, type, id, option.getKey(), count,
                            base, base == 0 ? "" : Math.round(100.0 * count / base), "", c.band()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (figures[0] == 0) {
            throw DomainException.notFound("Round " + roundId + " has no published results (it may still be open)");
        }
    }

    /** Where {@link #each} hands the rows. */
    private interface RowSink {
        void row(List<Object> values) throws IOException;
    }

    /**
     * Read in one transaction, which the figures' cursor needs. The records are put together in memory and handed
     * to the encoder in large pieces: a writer's every call takes its lock, and a round has millions of fields.
     */
    @Transactional
    public byte[] csv(UUID roundId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        StringBuilder text = new StringBuilder(1 << 17);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder()
                     .setHeader(HEADER.toArray(String[]::new)).build())) {
            each(roundId, row -> {
                printer.printRecord(row);
                if (text.length() >= 1 << 16) {
                    out.append(text);
                    text.setLength(0);
                }
            });
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Streamed, since a national round has millions of rows; a sheet holds at most {@link #MAX_ROWS} of them (Excel
     * stops at 1,048,576 rows), so a round with more continues on "Resultat 2", "Resultat 3"…, each with the header.
     */
    @Transactional
    public byte[] xlsx(UUID roundId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (XlsxWriter writer = new XlsxWriter(bytes, HEADER, MAX_ROWS - 1)) {
            each(roundId, writer::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The same for rows already at hand, {@code rowsPerSheet} to a sheet. */
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
