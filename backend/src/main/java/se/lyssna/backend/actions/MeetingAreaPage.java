package se.lyssna.backend.actions;

import static se.lyssna.backend.actions.MeetingMaterial.INK;
import static se.lyssna.backend.actions.MeetingMaterial.MARGIN;
import static se.lyssna.backend.actions.MeetingMaterial.MUTED;
import static se.lyssna.backend.actions.MeetingMaterial.RULE;
import static se.lyssna.backend.pdf.PdfText.BOLD;
import static se.lyssna.backend.pdf.PdfText.REGULAR;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import se.lyssna.definitions.Area;
import se.lyssna.definitions.Item;
import se.lyssna.definitions.Questionnaire;

/** One area's page: band with pictogram, the questions, the results box, the actions so far, ruled notes. */
final class MeetingAreaPage {
    private static final float BAND = 100;
    private static final float LINE_GAP = 24;
    private static final int MIN_NOTE_LINES = 5;
    private static final float LABEL = 84;
    private static final float BADGE = 58;
    private static final float MIN_RESULTS_HEIGHT = 84;

    private final MeetingMaterial.PageContext page;
    private final MeetingTexts texts;
    private final Area area;
    private final Questionnaire questionnaire;
    private final List<String> figures;
    private final List<ActionEntity> actions;

    MeetingAreaPage(MeetingMaterial.PageContext page, MeetingTexts texts, Area area, Questionnaire questionnaire,
                    List<String> figures, List<ActionEntity> actions) {
        this.page = page;
        this.texts = texts;
        this.area = area;
        this.questionnaire = questionnaire;
        this.figures = figures;
        this.actions = actions;
    }

    void draw() throws IOException {
        float y = band();
        y = questions(y - 18);
        y = results(y - 14);
        y = actions(y - 16);
        notes(y - 16);
    }

    private float band() throws IOException {
        float top = page.top();
        page.fillRect(AreaPictograms.tint(area), 0, top - BAND, page.box.getWidth(), BAND);
        page.fillRect(AreaPictograms.tone(area), 0, top - BAND, 14, BAND);
        AreaPictograms.draw(page.content, area, MARGIN, top - BAND + 16, BAND - 32);
        float x = MARGIN + BAND - 16;
        float y = page.text(texts.get("area." + area.key()), BOLD, 22, INK, x, top - 30, page.width() - BAND);
        page.text(texts.get("area-formal." + area.key()) + " · " + page.unit.name(), REGULAR, 11, INK, x, y - 2,
                page.width() - BAND);
        return top - BAND;
    }

    private float questions(float y) throws IOException {
        y = page.text(texts.get("asked.heading"), BOLD, 13, AreaPictograms.tone(area), MARGIN, y, page.width());
        String locale = questionnaire.locales().contains("sv") ? "sv" : questionnaire.sourceLocale().orElse("sv");
        for (Item item : questionnaire.items()) {
            if (!item.area().map(area.key()::equals).orElse(false)) {
                continue;
            }
            String text = item.text().text(locale).orElse(item.id());
            page.content.setNonStrokingColor(AreaPictograms.tone(area));
            page.content.addRect(MARGIN + 2, y - 8.5f, 4, 4);
            page.content.fill();
            y = page.text(text, REGULAR, 10.5f, INK, MARGIN + 14, y - 2, page.width() - 14);
        }
        return y;
    }

    private float results(float top) throws IOException {
        float pad = 10;
        float inner = page.width() - 2 * pad;
        List<String> lines = figures.isEmpty() ? List.of(texts.get("results.pending")) : figures;
        float height = 2 * pad + 16;
        for (String line : lines) {
            height += page.height(line, BOLD, 11, inner);
        }
        height += page.height(texts.get("results.note"), REGULAR, 9, inner) + 2;
        height = Math.max(height, MIN_RESULTS_HEIGHT);
        page.content.setStrokingColor(AreaPictograms.tone(area));
        page.content.setLineWidth(1.5f);
        page.content.setLineDashPattern(new float[] {5, 3}, 0);
        page.content.addRect(MARGIN, top - height, page.width(), height);
        page.content.stroke();
        page.content.setLineDashPattern(new float[] {}, 0);
        float y = page.text(texts.get("results.heading"), BOLD, 12, AreaPictograms.tone(area), MARGIN + pad,
                top - pad, inner);
        for (String line : lines) {
            y = page.text(line, BOLD, 11, INK, MARGIN + pad, y - 2, inner);
        }
        page.text(texts.get("results.note"), REGULAR, 9, MUTED, MARGIN + pad, y - 2, inner);
        return top - height;
    }

    private float actions(float y) throws IOException {
        y = page.text(texts.get("actions.heading"), BOLD, 13, AreaPictograms.tone(area), MARGIN, y, page.width());
        if (actions.isEmpty()) {
            return page.text(texts.get("actions.none"), REGULAR, 10.5f, MUTED, MARGIN, y - 2, page.width());
        }
        float reserved = MARGIN + 20 + MIN_NOTE_LINES * LINE_GAP + 30;
        for (int i = 0; i < actions.size(); i++) {
            ActionEntity action = actions.get(i);
            if (y - actionHeight(action) < reserved) {
                return page.text(texts.get("actions.more", actions.size() - i), REGULAR, 10, MUTED, MARGIN, y - 2,
                        page.width());
            }
            y = action(action, y - 6);
        }
        return y;
    }

    private float actionHeight(ActionEntity action) {
        float width = page.width() - BADGE - 10 - LABEL;
        float h = 22 + page.height(action.youSaid(), REGULAR, 10, width)
                + page.height(action.weDecided(), REGULAR, 10, width) + 12;
        if (action.weDid().isPresent()) {
            h += page.height(action.weDid().get(), REGULAR, 10, width);
        }
        return h;
    }

    private float action(ActionEntity action, float y) throws IOException {
        String status = texts.get("status." + action.status().key());
        float badgeWidth = BADGE;
        boolean done = action.status() == ActionStatus.DONE;
        page.fillRect(done ? AreaPictograms.tone(area) : Color.WHITE, MARGIN, y - 14, badgeWidth, 14);
        page.content.setStrokingColor(AreaPictograms.tone(area));
        page.content.setLineWidth(1);
        page.content.addRect(MARGIN, y - 14, badgeWidth, 14);
        page.content.stroke();
        float textWidth = se.lyssna.backend.pdf.PdfText.width(status, BOLD, 9);
        page.text(status, BOLD, 9, done ? Color.WHITE : AreaPictograms.tone(area),
                MARGIN + (badgeWidth - textWidth) / 2, y - 2.5f, badgeWidth);
        float x = MARGIN + badgeWidth + 10;
        float width = page.width() - badgeWidth - 10;
        y = labelled(texts.get("action.you-said"), action.youSaid(), x, y, width);
        y = labelled(texts.get("action.decided"), action.weDecided(), x, y, width);
        if (action.weDid().isPresent()) {
            y = labelled(texts.get("action.did"), action.weDid().get(), x, y, width);
        }
        return labelled(texts.get("action.responsible"), action.responsible(), x, y, width) - 4;
    }

    private float labelled(String label, String text, float x, float y, float width) throws IOException {
        page.text(label, BOLD, 10, INK, x, y, LABEL);
        return page.text(text, REGULAR, 10, INK, x + LABEL, y, width - LABEL);
    }

    private void notes(float y) throws IOException {
        y = page.text(texts.get("notes.heading"), BOLD, 13, AreaPictograms.tone(area), MARGIN, y, page.width());
        page.content.setStrokingColor(RULE);
        page.content.setLineWidth(0.8f);
        for (float line = y - LINE_GAP; line > MARGIN + 8; line -= LINE_GAP) {
            page.content.moveTo(MARGIN, line);
            page.content.lineTo(MARGIN + page.width(), line);
        }
        page.content.stroke();
    }
}
