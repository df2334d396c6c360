package se.lyssna.backend.actions;

import static se.lyssna.backend.pdf.PdfText.REGULAR;
import static se.lyssna.backend.pdf.PdfText.paragraph;
import static se.lyssna.backend.pdf.PdfText.wrap;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.questionnaires.QuestionnaireRegistry;
import se.lyssna.backend.rounds.RoundService;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.backend.units.UnitService;
import se.lyssna.backend.units.UnitViews.UnitFacts;
import se.lyssna.definitions.Area;
import se.lyssna.definitions.Questionnaire;

/**
 * The PDF for a council meeting: a cover, then one page per area with the questions children were asked, a box
 * for the unit's protected results (from {@link AreaFigures}; this class computes none), the council's actions
 * so far, and ruled lines for notes. Swedish; texts in {@code meeting/meeting_sv.properties}.
 */
@ApplicationScoped
public class MeetingMaterial {
    static final float MARGIN = 48;
    static final Color INK = new Color(0x1F, 0x2A, 0x37);
    static final Color MUTED = new Color(0x55, 0x5F, 0x6B);
    static final Color RULE = new Color(0xB8, 0xC0, 0xC8);

    private final UnitService units;
    private final RoundService rounds;
    private final QuestionnaireRegistry questionnaires;
    private final ActionService actions;
    private final AreaFigures figures;
    private final MeetingTexts texts = new MeetingTexts();
    private final Clock clock;

    MeetingMaterial(UnitService units, RoundService rounds, QuestionnaireRegistry questionnaires,
                    ActionService actions, AreaFigures figures, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.actions = actions;
        this.figures = figures;
    }

    /** The material for a unit and a round; without a round, the latest round the unit takes part in. */
    public byte[] render(String unitCode, UUID roundId) {
        UnitFacts unit = units.facts(unitCode);
        RoundFacts round = roundFor(unit, roundId);
        Questionnaire questionnaire = questionnaires.byId(round.questionnaireVersionId());
        List<ActionEntity> unitActions = actions.forMeeting(unit, round);
        Area[] areas = Area.values();
        int pages = areas.length + 1;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(texts.get("title") + " – " + unit.name());
            PageContext cover = page(document, unit, round, 1, pages);
            new MeetingCover(cover, texts, RoundService.helpText(rounds.helpLines(round), "sv")).draw();
            cover.close();
            for (int i = 0; i < areas.length; i++) {
                Area area = areas[i];
                PageContext page = page(document, unit, round, i + 2, pages);
                new MeetingAreaPage(page, texts, area, questionnaire,
                        figures.linesFor(round.id(), unit.code(), area),
                        unitActions.stream().filter(a -> a.area().equals(area.key()))
                                .sorted(Comparator.comparing(ActionEntity::createdOn)).toList()).draw();
                page.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RoundFacts roundFor(UnitFacts unit, UUID roundId) {
        if (roundId != null) {
            RoundFacts round = rounds.facts(roundId);
            if (!round.unitIds().contains(unit.id())) {
                throw DomainException.notFound("Unit '" + unit.code() + "' is not part of round '" + round.name()
                        + "'");
            }
            return round;
        }
        return rounds.allFacts().stream().filter(r -> r.unitIds().contains(unit.id())).findFirst()
                .orElseThrow(() -> DomainException.notFound("Unit '" + unit.code() + "' has taken part in no survey"
                        + " round yet; the meeting material needs a round's questions"));
    }

    private PageContext page(PDDocument document, UnitFacts unit, RoundFacts round, int number, int of)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PageContext context = new PageContext(new PDPageContentStream(document, page), page.getMediaBox(), unit,
                round, LocalDate.now(clock));
        context.footer(texts.get("page", number, of));
        return context;
    }

    /** One page being drawn: its content stream, size, and what every page names. */
    static final class PageContext {
        final PDPageContentStream content;
        final PDRectangle box;
        final UnitFacts unit;
        final RoundFacts round;
        final LocalDate today;

        PageContext(PDPageContentStream content, PDRectangle box, UnitFacts unit, RoundFacts round,
                    LocalDate today) {
            this.content = content;
            this.box = box;
            this.unit = unit;
            this.round = round;
            this.today = today;
        }

        float width() {
            return box.getWidth() - 2 * MARGIN;
        }

        float top() {
            return box.getHeight();
        }

        void footer(String pageText) throws IOException {
            content.setNonStrokingColor(MUTED);
            String left = printable("Lyssna · " + unit.name() + " · " + round.name());
            paragraph(content, left, REGULAR, 8, MARGIN, MARGIN - 14, width() - 80);
            float w = se.lyssna.backend.pdf.PdfText.width(pageText, REGULAR, 8);
            paragraph(content, pageText, REGULAR, 8, box.getWidth() - MARGIN - w, MARGIN - 14, w + 1);
        }

        /** Writes text in a colour; returns the y below it. */
        float text(String text, org.apache.pdfbox.pdmodel.font.PDFont font, float size, Color color, float x,
                   float y, float width) throws IOException {
            content.setNonStrokingColor(color);
            return paragraph(content, printable(text), font, size, x, y, width);
        }

        float height(String text, org.apache.pdfbox.pdmodel.font.PDFont font, float size, float width) {
            return wrap(printable(text), font, size, width).size() * size * 1.35f;
        }

        void fillRect(Color color, float x, float y, float w, float h) throws IOException {
            content.setNonStrokingColor(color);
            content.addRect(x, y, w, h);
            content.fill();
        }

        void close() throws IOException {
            content.close();
        }
    }

    /**
     * Text the standard PDF fonts can show: other characters (e.g. Arabic, emoji) become '?', and control
     * characters other than new lines become spaces, so that a facilitator's text never breaks the PDF.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else {
                String s = new String(Character.toChars(cp));
                try {
                    REGULAR.encode(s);
                    out.append(s);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            }
        });
        return out.toString();
    }
}
