package se.lyssna.backend.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.lyssna.backend.problem.ApiProblem;
import se.lyssna.backend.problem.Problem;

/**
 * Care units from a CSV file ({@code kod;namn;typ;kommun}, or the same with commas or English headers): first a
 * preview that checks every line with the same rules as the API, then an import of all lines or none.
 */
@ApplicationScoped
public class UnitCsvImport {
    private static final List<List<String>> HEADERS = List.of(List.of("kod", "namn", "typ", "kommun"),
            List.of("code", "name", "kind", "municipality"));

    private final UnitService units;
    private final Validator validator;

    UnitCsvImport(UnitService units, Validator validator) {
        this.units = units;
        this.validator = validator;
    }

    /** One data line of the file, as read, with what is wrong with it (nothing if it can be imported). */
    public record Line(long number, String code, String name, String kind, String municipality,
                       List<String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public record Preview(List<Line> lines, int valid, int invalid) {
    }

    public Preview preview(String csv) {
        List<Line> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String text = clean(csv);
        for (CSVRecord record : parse(text)) {
            String[] f = new String[4];
            for (int i = 0; i < 4; i++) {
                f[i] = i < record.size() ? record.get(i).strip() : "";
            }
            List<String> errors = new ArrayList<>();
            if (record.size() != 4) {
                errors.add("ska ha 4 fält (kod, namn, typ, kommun), har " + record.size());
            }
            UnitViews.NewCareUnit unit = new UnitViews.NewCareUnit(f[0], f[1], f[2].toLowerCase(Locale.ROOT), f[3]);
            for (ConstraintViolation<UnitViews.NewCareUnit> v : validator.validate(unit)) {
                errors.add(v.getPropertyPath() + ": " + v.getMessage());
            }
            if (!f[0].isEmpty() && (!seen.add(f[0]) || units.find(f[0]).isPresent())) {
                errors.add("koden '" + f[0] + "' finns redan");
            }
            if (!f[3].isEmpty()) {
                var municipality = units.find(f[3]);
                if (municipality.isEmpty() || municipality.get().kind() != UnitKind.MUNICIPALITY) {
                    errors.add("kommunkoden '" + f[3] + "' är ingen av landets kommuner");
                }
            }
            lines.add(new Line(lineOf(text, record), f[0], f[1], f[2], f[3], List.copyOf(errors)));
        }
        int invalid = (int) lines.stream().filter(l -> !l.ok()).count();
        return new Preview(lines, lines.size() - invalid, invalid);
    }

    /** Imports every line, or none if any line is wrong (the problem names each wrong line). */
    @Transactional
    public List<UnitViews.UnitView> importAll(String csv) {
        Preview preview = preview(csv);
        if (preview.lines().isEmpty()) {
            throw ApiProblem.badRequest("Filen har inga rader att importera");
        }
        if (preview.invalid() > 0) {
            throw ApiProblem.invalid(preview.invalid() + " rad(er) kan inte importeras; inget importerades",
                    preview.lines().stream().filter(l -> !l.ok()).map(l -> new Problem.FieldViolation(
                            "rad " + l.number(), String.join("; ", l.errors()))).toList());
        }
        return preview.lines().stream().map(l -> units.createCareUnit(new UnitViews.NewCareUnit(l.code(), l.name(),
                l.kind().toLowerCase(Locale.ROOT), l.municipality()))).map(UnitViews.UnitView::of).toList();
    }

    private static String clean(String csv) {
        return csv == null ? "" : csv.replace("\uFEFF", "").replace("\r\n", "\n");
    }

    /** The file's line number where the record starts, counting blank lines too, as an editor shows it. */
    private static long lineOf(String text, CSVRecord record) {
        int position = (int) Math.min(record.getCharacterPosition(), text.length());
        // The parser's position is where it began reading, before any blank lines it skipped.
        while (position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
        return text.substring(0, position).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<CSVRecord> parse(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") ? ';' : ',';
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).build())) {
            List<CSVRecord> records = new ArrayList<>(parser.getRecords());
            if (!records.isEmpty() && isHeader(records.get(0))) {
                records.remove(0);
            }
            return records;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw ApiProblem.badRequest("Filen går inte att läsa som CSV: " + e.getClass().getSimpleName());
        }
    }

    private static boolean isHeader(CSVRecord record) {
        List<String> fields = record.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        return HEADERS.contains(fields);
    }
}
