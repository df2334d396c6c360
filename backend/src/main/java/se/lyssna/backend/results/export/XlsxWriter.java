package se.lyssna.backend.results.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes rows as an Excel workbook (SpreadsheetML in a zip), a sheet at a time, straight to the stream: a national
 * round has millions of rows, and a general spreadsheet library spent about ten times the CSV's time on cell
 * objects and temporary files. Only what the export needs: strings and numbers, a bold frozen header row, further
 * sheets when one is full. Strings go into the workbook's shared table and the cells name them by number: the
 * export repeats a few thousand values (scopes, names, measures) over millions of cells, and compressing the sheet
 * was half of the writing.
 */
final class XlsxWriter implements AutoCloseable {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** Rows are put together here and handed to the encoder in large pieces, not a character at a time. */
    private static final int PIECE = 1 << 16;

    private final ZipOutputStream zip;
    private final Writer out;
    private final StringBuilder text = new StringBuilder(PIECE + 4096);
    private final List<String> header;
    /** Each distinct string's number, in the order first written (a few thousand for a round's export). */
    private final Map<String, Integer> strings = new LinkedHashMap<>();
    private final int rowsPerSheet;
    private int sheets;
    private int row;

    XlsxWriter(OutputStream target, List<String> header, int rowsPerSheet) {
        this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        // Fast compression: the sheets are repetitive, and the time is better spent elsewhere.
        zip.setLevel(Deflater.BEST_SPEED);
        this.out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        this.header = header;
        this.rowsPerSheet = rowsPerSheet;
    }

    void write(List<Object> values) throws IOException {
        if (sheets == 0 || row > rowsPerSheet) {
            startSheet();
        }
        row(values, false);
        if (text.length() >= PIECE) {
            drain();
        }
    }

    private void drain() throws IOException {
        out.append(text);
        text.setLength(0);
    }

    private void startSheet() throws IOException {
        if (sheets > 0) {
            endSheet();
        }
        sheets++;
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheets + ".xml"));
        text.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\"><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\""
                + " activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><sheetData>");
        row = 0;
        row(header, true);
    }

    /**
     * One row; its cells carry no reference ({@code r="B17"}, optional in SpreadsheetML: a cell without one is the
     * next column), since every row writes every column and the references were two thirds of the compressed file.
     */
    private void row(List<?> values, boolean bold) {
        row++;
        text.append("<row r=\"").append(row).append("\">");
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number n) {
                text.append("<c><v>");
                if (n instanceof Double || n instanceof Float) {
                    text.append(n.doubleValue());
                } else if (n instanceof Integer || n instanceof Long) {
                    text.append(n.longValue());
                } else {
                    text.append(n);
                }
                text.append("</v></c>");
            } else {
                Integer number = strings.computeIfAbsent(String.valueOf(value), v -> strings.size());
                text.append(bold ? "<c s=\"1\" t=\"s\"><v>" : "<c t=\"s\"><v>").append(number.intValue())
                        .append("</v></c>");
            }
        }
        text.append("</row>");
    }

    /** XML text: the five special characters escaped, characters XML cannot hold (control codes) left out. */
    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> text.append("&amp;");
                case '<' -> text.append("&lt;");
                case '>' -> text.append("&gt;");
                case '"' -> text.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        text.append(c);
                    }
                }
            }
        }
    }

    private void endSheet() throws IOException {
        text.append("</sheetData></worksheet>");
        drain();
        out.flush();
        zip.closeEntry();
    }

    private void entry(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        out.write(content);
        out.flush();
        zip.closeEntry();
    }

    /** Ends the last sheet (a header-only one if there were no rows) and writes the workbook's parts. */
    @Override
    public void close() throws IOException {
        if (sheets == 0) {
            startSheet();
        }
        endSheet();
        zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
        text.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"").append(MAIN)
                .append("\" uniqueCount=\"").append(strings.size()).append("\">");
        for (String value : strings.keySet()) {
            text.append("<si><t xml:space=\"preserve\">");
            escape(value);
            text.append("</t></si>");
            if (text.length() >= PIECE) {
                drain();
            }
        }
        text.append("</sst>");
        drain();
        out.flush();
        zip.closeEntry();
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                + "application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\""
                + "/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                + "styles+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        StringBuilder list = new StringBuilder();
        StringBuilder links = new StringBuilder();
        for (int i = 1; i <= sheets; i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            list.append("<sheet name=\"Resultat").append(i == 1 ? "" : " " + i).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            links.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        links.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(RELATIONSHIPS)
                .append("/styles\" Target=\"styles.xml\"/>");
        links.append("<Relationship Id=\"rId").append(sheets + 2).append("\" Type=\"").append(RELATIONSHIPS)
                .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        entry("[Content_Types].xml", types.append("</Types>").toString());
        entry("_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\""
                + " Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        entry("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>" + list
                + "</sheets></workbook>");
        entry("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">" + links
                + "</Relationships>");
        entry("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"2\"><font><sz val=\"11\"/>"
                + "<name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill"
                + " patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border><left/><right/><top/>"
                + "<bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\""
                + " fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\""
                + " fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\""
                + " borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs></styleSheet>");
        zip.finish();
        out.close();
    }
}
