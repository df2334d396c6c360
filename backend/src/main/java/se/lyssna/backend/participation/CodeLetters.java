package se.lyssna.backend.participation;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews;
import se.lyssna.backend.units.UnitService;
import static se.lyssna.backend.pdf.PdfText.BOLD;
import static se.lyssna.backend.pdf.PdfText.MONO;
import static se.lyssna.backend.pdf.PdfText.REGULAR;
import static se.lyssna.backend.pdf.PdfText.paragraph;

/**
 * Printable letters, one per code and page: a QR code that opens the app with the code, the code to type, short
 * instructions in Swedish and English, what anonymity means and where to get help. The letter names no child.
 */
@ApplicationScoped
public class CodeLetters {
    private static final float MARGIN = 56;
    private static final Color INK = new Color(0x1F, 0x2A, 0x37);
    private static final Color ACCENT = new Color(0x2F, 0x6F, 0x5E);

    private final String appLink;
    private final RoundService rounds;
    private final UnitService units;

    CodeLetters(@ConfigProperty(name = "lyssna.app-link") String appLink, RoundService rounds, UnitService units) {
        this.appLink = appLink;
        this.rounds = rounds;
        this.units = units;
    }

    public byte[] render(RoundViews.IssuedCodes codes) {
        RoundFacts round = rounds.facts(codes.roundId());
        String unitName = units.facts(codes.unit()).name();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Lyssna – " + unitName);
            for (String code : codes.codes()) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    letter(content, page.getMediaBox(), code, round, unitName);
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void letter(PDPageContentStream content, PDRectangle box, String code, RoundFacts round,
                        String unitName) throws IOException {
        float width = box.getWidth() - 2 * MARGIN;
        float y = box.getHeight() - MARGIN;
        content.setNonStrokingColor(ACCENT);
        y = paragraph(content, "Lyssna", BOLD, 30, MARGIN, y, width);
        content.setNonStrokingColor(INK);
        y = paragraph(content, "Hur har du det? Vi vill höra vad du tycker.", BOLD, 15, MARGIN, y - 4, width);
        y = paragraph(content, "How are things for you? We want to hear what you think.", REGULAR, 12, MARGIN, y,
                width);

        float qrSize = 150;
        drawQr(content, appLink + "?kod=" + code, MARGIN, y - qrSize - 16, qrSize);
        float textX = MARGIN + qrSize + 24;
        float codeY = y - 24;
        codeY = paragraph(content, "Din kod / Your code", REGULAR, 11, textX, codeY, width - qrSize - 24);
        codeY = paragraph(content, code, MONO, 24, textX, codeY - 4, width - qrSize - 24);
        paragraph(content, "Svara senast " + round.closesOn() + ". / Answer by " + round.closesOn() + ".",
                REGULAR, 11, textX, codeY - 6, width - qrSize - 24);
        y = y - qrSize - 40;

        y = section(content, "Så här gör du", "Skanna QR-koden med mobilen, eller öppna appen Lyssna och skriv"
                + " in koden. Det tar ungefär 10 minuter. Du kan hoppa över frågor du inte vill svara på.", y, width);
        y = section(content, "How to answer", "Scan the QR code with a phone, or open the Lyssna app and type the"
                + " code. It takes about 10 minutes. You can skip any question.", y, width);
        y = section(content, "Ingen vet vad du svarar / Nobody knows what you answer", "Koden visar inte vem du"
                + " är. Dina svar sparas utan koden och utan ditt namn. Personalen och socialtjänsten ser aldrig"
                + " dina svar, bara vad många barn har svarat tillsammans. The code does not tell who you are."
                + " Staff and social services never see your answers, only what many children said together.",
                y, width);
        section(content, "Behöver du prata med någon? / Need someone to talk to?", helpText(round), y, width);

        content.setNonStrokingColor(new Color(0x55, 0x5F, 0x6B));
        paragraph(content, round.name() + " · " + unitName + " · Lämna gärna lappen till barnet i ett kuvert.",
                REGULAR, 8, MARGIN, MARGIN, width);
    }

    /**
     * The help lines of every band of the round, since one letter goes to a child of any age: each group of ages
     * with the lines of its questionnaire (7–17 Bris, 18–21 an adult service), in Swedish and English.
     */
    private String helpText(RoundFacts round) {
        List<RoundService.HelpByAge> groups = rounds.helpLines(round);
        return RoundService.helpText(groups, "sv") + " Du kan också prata med en vuxen du litar på. "
                + RoundService.helpText(groups, "en") + " Or talk to an adult you trust. In an emergency call 112.";
    }

    private static float section(PDPageContentStream content, String heading, String body, float y, float width)
            throws IOException {
        content.setNonStrokingColor(ACCENT);
        y = paragraph(content, heading, BOLD, 13, MARGIN, y, width);
        content.setNonStrokingColor(INK);
        return paragraph(content, body, REGULAR, 11, MARGIN, y - 2, width) - 10;
    }

    private static void drawQr(PDPageContentStream content, String text, float x, float y, float size)
            throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("QR code cannot hold " + text.length() + " characters", e);
        }
        float module = size / matrix.getWidth();
        content.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    content.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
    }
}
