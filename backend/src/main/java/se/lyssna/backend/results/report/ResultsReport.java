package se.lyssna.backend.results.report;

import static se.lyssna.backend.pdf.PdfText.BOLD;
import static se.lyssna.backend.pdf.PdfText.REGULAR;
import static se.lyssna.backend.pdf.PdfText.paragraph;
import static se.lyssna.backend.pdf.PdfText.width;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import se.lyssna.backend.results.disclosure.Scope;
import se.lyssna.backend.pdf.PdfTexts;
import se.lyssna.backend.problem.DomainException;
import se.lyssna.backend.results.disclosure.Reason;
import se.lyssna.backend.results.PublishedResults;
import se.lyssna.backend.results.ResultsService;
import se.lyssna.backend.results.ResultsViews.AreaIndex;
import se.lyssna.backend.results.ResultsViews.Figure;
import se.lyssna.backend.rounds.RoundViews.RoundFacts;
import se.lyssna.definitions.Questionnaire;

/**
 * The report in Swedish for a municipality or the nation: respondents and response rate, a bar chart per area
 * comparing this round with the nation and the previous round, and a note on method and disclosure control. It
 * reads only the frozen, protected figures.
 */
@ApplicationScoped
public class ResultsReport {
    private static final float MARGIN = 56;
    private static final Color INK = new Color(0x1F, 0x2A, 0x37);
    private static final Color MUTED = new Color(0x5B, 0x66, 0x73);
    private static final Color THIS_ROUND = new Color(0x2F, 0x6F, 0x5E);
    private static final Color NATION = new Color(0x9C, 0xB8, 0xD9);
    private static final Color LAST_ROUND = new Color(0xC9, 0xC9, 0xC9);
    private static final Color GRID = new Color(0xE3, 0xE6, 0xEA);
    private static final PdfTexts TEXTS = new PdfTexts("report/report_sv.properties");

    private final ResultsService results;
    private final PublishedResults published;

    private final se.lyssna.definitions.QuestionnaireCatalog catalog;

    ResultsReport(ResultsService results, PublishedResults published,
                  se.lyssna.backend.questionnaires.QuestionnaireRegistry questionnaires) {
        this.results = results;
        this.published = published;
        this.catalog = questionnaires.catalog();
    }

    public byte[] render(UUID roundId, String scope) {
        if (!results.isPublished(roundId)) {
            throw DomainException.conflict("not-published", "The round is still open; reports are made when it closes");
        }
        RoundFacts round = results.round(roundId);
        Questionnaire questionnaire = results.questionnaireOf(round);
        var view = results.results(roundId, scope, null, false);
        Map<String, AreaIndex> mine = results.areas(roundId, scope);
        Map<String, AreaIndex> nation = results.areas(roundId, Scope.NATION.key());
        UUID previous = previousRound(round, questionnaire.key(), scope);
        Map<String, AreaIndex> before = previous == null ? Map.of() : results.areas(previous, scope);
        String previousName = previous == null ? null : results.round(previous).name();
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Lyssna – " + view.scope().name() + " " + round.name());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = header(content, page.getMediaBox(), round, view.scope().name(), scope, view.respondents(),
                        view.codesIssued(), view.responseRatePercent(), questionnaire);
                Scope parsed = Scope.parse(scope);
                boolean national = parsed instanceof Scope.Nation;
                y = legend(content, y, national, previousName);
                y = chart(content, y, mine, national ? Map.of() : nation, before);
                y = breaks(content, y, previous, questionnaire, page.getMediaBox());
                if (!national) {
                    units(content, y, roundId, parsed.code(), page.getMediaBox());
                }
            }
            if (view.bands().size() > 1) {
                for (String band : view.bands().subList(1, view.bands().size())) {
                    bandPage(document, roundId, scope, band, results.results(roundId, scope, null, band, false));
                }
            }
            PDPage second = new PDPage(PDRectangle.A4);
            document.addPage(second);
            try (PDPageContentStream content = new PDPageContentStream(document, second)) {
                method(content, second.getMediaBox(), round, previousName);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One age band's own table: its area indexes beside the nation's in the same band. */
    private void bandPage(PDDocument document, UUID roundId, String scope, String band,
                          se.lyssna.backend.results.ResultsViews.RoundResults view) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        PDRectangle box = page.getMediaBox();
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            float width = box.getWidth() - 2 * MARGIN;
            float y = box.getHeight() - MARGIN;
            content.setNonStrokingColor(THIS_ROUND);
            y = paragraph(content, TEXTS.get("report.banner"), BOLD, 11, MARGIN, y, width);
            content.setNonStrokingColor(INK);
            y = paragraph(content, TEXTS.get("report.band.title", band.replace("-", "–")), BOLD, 20, MARGIN,
                    y - 6, width);
            content.setNonStrokingColor(MUTED);
            y = paragraph(content, TEXTS.get("report.band.explained", band.replace("-", "–"),
                    view.questionnaire().key(), view.questionnaire().version()), REGULAR, 9.5f, MARGIN, y - 2, width);
            content.setNonStrokingColor(INK);
            String answered = view.respondents().isShown()
                    ? TEXTS.get("report.respondents", view.respondents().value())
                    : TEXTS.get("report.respondents.hidden", reasonLabel(view.respondents().reason()));
            y = paragraph(content, answered, BOLD, 12, MARGIN, y - 8, width) - 6;
            boolean national = Scope.parse(scope) instanceof Scope.Nation;
            y = legend(content, y, national, null);
            chart(content, y, results.areas(roundId, scope, band),
                    national ? Map.of() : results.areas(roundId, Scope.NATION.key(), band), Map.of());
        }
    }

    private UUID previousRound(RoundFacts round, String key, String scope) {
        List<UUID> ids = published.rounds(key, scope, 1, round.opensOn());
        return ids.isEmpty() ? null : ids.get(0);
    }

    private float header(PDPageContentStream content, PDRectangle box, RoundFacts round, String name, String scope,
                         Figure respondents, Integer issued, Figure rate, Questionnaire questionnaire)
            throws IOException {
        float width = box.getWidth() - 2 * MARGIN;
        float y = box.getHeight() - MARGIN;
        content.setNonStrokingColor(THIS_ROUND);
        y = paragraph(content, TEXTS.get("report.banner"), BOLD, 11, MARGIN, y, width);
        content.setNonStrokingColor(INK);
        String title = Scope.parse(scope) instanceof Scope.Nation ? TEXTS.get("report.nation") : name;
        y = paragraph(content, title, BOLD, 24, MARGIN, y - 6, width);
        y = paragraph(content, TEXTS.get("report.subtitle", round.name(), questionnaire.key(),
                questionnaire.version()), REGULAR, 11, MARGIN, y, width);
        if (round.bands().size() > 1) {
            content.setNonStrokingColor(MUTED);
            y = paragraph(content, TEXTS.get("report.all-ages"), REGULAR, 9.5f, MARGIN, y - 2, width);
            content.setNonStrokingColor(INK);
        }
        y -= 10;
        String answered = respondents.isShown() ? TEXTS.get("report.respondents", respondents.value())
                : TEXTS.get("report.respondents.hidden", reasonLabel(respondents.reason()));
        String rateText = rate != null && rate.isShown() && issued != null
                ? TEXTS.get("report.rate", rate.value(), respondents.value(), issued)
                : TEXTS.get("report.rate.hidden");
        content.setNonStrokingColor(new Color(0xF1, 0xF5, 0xF3));
        content.addRect(MARGIN, y - 46, width, 46);
        content.fill();
        content.setNonStrokingColor(INK);
        paragraph(content, answered, BOLD, 13, MARGIN + 12, y - 8, width - 24);
        paragraph(content, rateText, REGULAR, 11, MARGIN + 12, y - 27, width - 24);
        y -= 64;
        y = paragraph(content, TEXTS.get("report.areas.title"), BOLD, 15, MARGIN, y, width);
        content.setNonStrokingColor(MUTED);
        y = paragraph(content, TEXTS.get("report.areas.explained"), REGULAR, 9.5f, MARGIN, y, width);
        content.setNonStrokingColor(INK);
        return y - 4;
    }

    private float legend(PDPageContentStream content, float y, boolean national, String previousName)
            throws IOException {
        float x = MARGIN;
        x = legendEntry(content, x, y, THIS_ROUND, TEXTS.get(national ? "report.nation" : "report.municipality"));
        if (!national) {
            x = legendEntry(content, x, y, NATION, TEXTS.get("report.nation"));
        }
        if (previousName != null) {
            legendEntry(content, x, y, LAST_ROUND, TEXTS.get("report.legend.previous", previousName));
        }
        return y - 22;
    }

    private float legendEntry(PDPageContentStream content, float x, float y, Color color, String label)
            throws IOException {
        content.setNonStrokingColor(color);
        content.addRect(x, y - 10, 10, 10);
        content.fill();
        content.setNonStrokingColor(INK);
        paragraph(content, label, REGULAR, 9.5f, x + 14, y - 0.5f, 220);
        return x + 14 + width(label, REGULAR, 9.5f) + 18;
    }

    private float breaks(PDPageContentStream content, float y, UUID previous, Questionnaire questionnaire,
                         PDRectangle box) throws IOException {
        if (previous == null) {
            return y;
        }
        Questionnaire before = results.questionnaireOf(results.round(previous));
        if (before.version().equals(questionnaire.version())) {
            return y;
        }
        var diff = catalog.diff(questionnaire.key(), before.version(), questionnaire.version());
        List<String> changed = new java.util.ArrayList<>();
        Map<String, List<String>> now = new se.lyssna.backend.results.Measures(questionnaire).areaItems();
        Map<String, List<String>> then = new se.lyssna.backend.results.Measures(before).areaItems();
        for (String area : now.keySet()) {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>(now.get(area));
            ids.addAll(then.getOrDefault(area, List.of()));
            if (ids.stream().anyMatch(id -> !diff.isComparable(id))) {
                changed.add(areaName(area));
            }
        }
        if (changed.isEmpty()) {
            return y;
        }
        content.setNonStrokingColor(INK);
        return paragraph(content, TEXTS.get("report.break", String.join(", ", changed), before.version()),
                REGULAR, 9.5f, MARGIN, y - 6, box.getWidth() - 2 * MARGIN) - 6;
    }

    private void units(PDPageContentStream content, float y, UUID roundId, String municipality, PDRectangle box)
            throws IOException {
        List<PublishedResults.UnitRespondents> rows = published.unitsOf(roundId, municipality);
        if (rows.isEmpty()) {
            return;
        }
        y = paragraph(content, TEXTS.get("report.units.title"), BOLD, 12, MARGIN, y - 4, 300);
        for (PublishedResults.UnitRespondents row : rows) {
            if (y < MARGIN + 12) {
                break;
            }
            String count = row.respondents() != null ? TEXTS.get("report.units.count", row.respondents())
                    : TEXTS.get("report.hidden", Reason.PUBLIC_LABEL);
            paragraph(content, row.name(), REGULAR, 9.5f, MARGIN, y, 260);
            content.setNonStrokingColor(row.respondents() != null ? INK : MUTED);
            y = paragraph(content, count, REGULAR, 9.5f, MARGIN + 270, y, 200);
            content.setNonStrokingColor(INK);
        }
    }

    private float chart(PDPageContentStream content, float top, Map<String, AreaIndex> mine,
                       Map<String, AreaIndex> nation, Map<String, AreaIndex> before) throws IOException {
        float labelWidth = 120;
        float barX = MARGIN + labelWidth;
        float barWidth = 300;
        float y = top;
        int bars = 1 + (nation.isEmpty() ? 0 : 1) + (before.isEmpty() ? 0 : 1);
        float barHeight = 9;
        float groupHeight = bars * (barHeight + 2) + 14;
        float chartHeight = groupHeight * mine.size();
        content.setStrokingColor(GRID);
        content.setLineWidth(0.6f);
        for (int p = 0; p <= 100; p += 25) {
            float x = barX + barWidth * p / 100f;
            content.moveTo(x, y);
            content.lineTo(x, y - chartHeight);
            content.stroke();
            content.setNonStrokingColor(MUTED);
            String label = p + " %";
            paragraph(content, label, REGULAR, 7.5f, x - width(label, REGULAR, 7.5f) / 2, y - chartHeight - 2, 40);
        }
        for (Map.Entry<String, AreaIndex> entry : mine.entrySet()) {
            content.setNonStrokingColor(INK);
            paragraph(content, areaName(entry.getKey()), BOLD, 10, MARGIN,
                    y - (bars * (barHeight + 2)) / 2 + 5, labelWidth - 8);
            float by = y - 4;
            by = bar(content, barX, by, barWidth, barHeight, entry.getValue(), THIS_ROUND);
            if (!nation.isEmpty()) {
                by = bar(content, barX, by, barWidth, barHeight, nation.get(entry.getKey()), NATION);
            }
            if (!before.isEmpty()) {
                bar(content, barX, by, barWidth, barHeight, before.get(entry.getKey()), LAST_ROUND);
            }
            y -= groupHeight;
        }
        return y - 18;
    }

    private float bar(PDPageContentStream content, float x, float y, float full, float height, AreaIndex index,
                      Color color) throws IOException {
        if (index == null || index.positivePercent() == null) {
            content.setNonStrokingColor(MUTED);
            String why = index == null ? TEXTS.get("report.no-figure") : reasonLabel(index.reason());
            paragraph(content, TEXTS.get("report.hidden", why), REGULAR, 8, x + 2, y + 0.5f, 300);
        } else {
            content.setNonStrokingColor(color);
            content.addRect(x, y - height, Math.max(1, full * index.positivePercent() / 100f), height);
            content.fill();
            content.setNonStrokingColor(INK);
            String label = index.positivePercent() + " %";
            paragraph(content, label, REGULAR, 8, x + full * index.positivePercent() / 100f + 4, y + 0.5f, 60);
        }
        return y - height - 2;
    }

    private void method(PDPageContentStream content, PDRectangle box, RoundFacts round, String previousName)
            throws IOException {
        float width = box.getWidth() - 2 * MARGIN;
        float y = box.getHeight() - MARGIN;
        y = paragraph(content, TEXTS.get("report.method.title"), BOLD, 15, MARGIN, y, width);
        y = paragraph(content, TEXTS.get("report.method.about"), REGULAR, 10.5f, MARGIN, y - 4, width);
        y = paragraph(content, TEXTS.get("report.method.rate"), REGULAR, 10.5f, MARGIN, y - 6, width);
        if (previousName != null) {
            y = paragraph(content, TEXTS.get("report.method.trend", previousName), REGULAR, 10.5f, MARGIN, y - 6,
                    width);
        }
        y -= 10;
        y = paragraph(content, TEXTS.get("report.anonymity.title"), BOLD, 15, MARGIN, y, width);
        y = paragraph(content, TEXTS.get("report.anonymity.intro"), REGULAR, 10.5f, MARGIN, y - 4, width);
        String[] rules = {TEXTS.get("report.anonymity.rule.1", round.threshold()),
            TEXTS.get("report.anonymity.rule.2"), TEXTS.get("report.anonymity.rule.3", round.threshold()),
            TEXTS.get("report.anonymity.rule.4"), TEXTS.get("report.anonymity.rule.5")};
        for (String rule : rules) {
            paragraph(content, "•", REGULAR, 10.5f, MARGIN + 4, y - 4, 10);
            y = paragraph(content, rule, REGULAR, 10.5f, MARGIN + 16, y - 4, width - 16);
        }
        y -= 10;
        content.setNonStrokingColor(MUTED);
        paragraph(content, TEXTS.get("report.help"), REGULAR, 10, MARGIN, y, width);
        content.setNonStrokingColor(INK);
    }

    private static String reasonLabel(String key) {
        return Reason.PUBLIC_LABEL;
    }

    private static String areaName(String area) {
        return TEXTS.find("area." + area).orElse(area);
    }
}
