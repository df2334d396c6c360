package se.lyssna.backend.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small helpers for laying out text in PDFBox, which has no line breaking of its own. */
public final class PdfText {
    public static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    public static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    public static final PDFont MONO = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);

    private PdfText() {
    }

    /** Splits a text into lines no wider than {@code width} points. */
    public static List<String> wrap(String text, PDFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    public static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes wrapped text from the top-left point; returns the y below the last line. */
    public static float paragraph(PDPageContentStream content, String text, PDFont font, float size, float x,
                                  float y, float width) throws IOException {
        float leading = size * 1.35f;
        for (String line : wrap(text, font, size, width)) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y - size);
            content.showText(line);
            content.endText();
            y -= leading;
        }
        return y;
    }
}
