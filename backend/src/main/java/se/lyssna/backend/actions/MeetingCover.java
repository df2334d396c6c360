package se.lyssna.backend.actions;

import static se.lyssna.backend.actions.MeetingMaterial.INK;
import static se.lyssna.backend.actions.MeetingMaterial.MARGIN;
import static se.lyssna.backend.actions.MeetingMaterial.MUTED;
import static se.lyssna.backend.pdf.PdfText.BOLD;
import static se.lyssna.backend.pdf.PdfText.REGULAR;

import java.awt.Color;
import java.io.IOException;
import se.lyssna.definitions.Area;

/** The cover of the meeting material: who it is for, how to use it, and the eight areas. */
final class MeetingCover {
    private static final Color PAPER = new Color(0xF4, 0xF6, 0xF8);
    private final MeetingMaterial.PageContext page;
    private final MeetingTexts texts;
    private final String helpLines;

    /** @param helpLines the help lines of the round's age bands, already in words */
    MeetingCover(MeetingMaterial.PageContext page, MeetingTexts texts, String helpLines) {
        this.page = page;
        this.texts = texts;
        this.helpLines = helpLines;
    }

    void draw() throws IOException {
        Area[] areas = Area.values();
        float stripe = page.box.getWidth() / areas.length;
        for (int i = 0; i < areas.length; i++) {
            page.fillRect(AreaPictograms.tone(areas[i]), i * stripe, page.top() - 16, stripe + 1, 16);
        }
        float width = page.width();
        float y = page.top() - 56;
        y = page.text(texts.get("title"), BOLD, 30, INK, MARGIN, y, width);
        y = page.text(texts.get("subtitle"), BOLD, 18, AreaPictograms.tone(Area.TRYGGHET), MARGIN, y - 2, width);
        y = page.text(page.unit.name(), BOLD, 15, INK, MARGIN, y - 12, width);
        y = page.text(texts.get("round", page.round.name()), REGULAR, 12, INK, MARGIN, y - 2, width);
        y = page.text(texts.get("printed", page.today), REGULAR, 10, MUTED, MARGIN, y - 2, width);

        y = box(texts.get("how.heading"), texts.get("how.body"), y - 18, width);
        y = box(texts.get("privacy.heading"), texts.get("privacy.body"), y - 10, width);

        y = page.text(texts.get("areas.heading"), BOLD, 14, INK, MARGIN, y - 18, width) - 6;
        float gap = 12;
        float tileWidth = (width - gap) / 2;
        float tileHeight = 54;
        for (int i = 0; i < areas.length; i++) {
            float x = MARGIN + (i % 2) * (tileWidth + gap);
            float tileTop = y - (i / 2) * (tileHeight + 8);
            tile(areas[i], x, tileTop - tileHeight, tileWidth, tileHeight);
        }
        float below = y - 4 * (tileHeight + 8) - 10;
        page.text(texts.get("help", helpLines), REGULAR, 10, INK, MARGIN, below, width);
    }

    private float box(String heading, String body, float top, float width) throws IOException {
        float pad = 12;
        float height = page.height(heading, BOLD, 12, width - 2 * pad) + page.height(body, REGULAR, 10.5f,
                width - 2 * pad) + 2 * pad + 2;
        page.fillRect(PAPER, MARGIN, top - height, width, height);
        page.fillRect(INK, MARGIN, top - height, 3, height);
        float y = page.text(heading, BOLD, 12, INK, MARGIN + pad, top - pad, width - 2 * pad);
        page.text(body, REGULAR, 10.5f, INK, MARGIN + pad, y - 2, width - 2 * pad);
        return top - height;
    }

    private void tile(Area area, float x, float y, float w, float h) throws IOException {
        page.fillRect(AreaPictograms.tint(area), x, y, w, h);
        page.fillRect(AreaPictograms.tone(area), x, y, 5, h);
        AreaPictograms.draw(page.content, area, x + 12, y + 7, h - 14);
        float textX = x + h + 6;
        float textWidth = w - h - 12;
        String title = texts.get("area." + area.key());
        String formal = texts.get("area-formal." + area.key());
        float block = page.height(title, BOLD, 12, textWidth) + page.height(formal, REGULAR, 9, textWidth);
        float after = page.text(title, BOLD, 12, INK, textX, y + (h + block) / 2 + 1, textWidth);
        page.text(formal, REGULAR, 9, MUTED, textX, after, textWidth);
    }
}
