package se.lyssna.backend.actions;

import java.awt.Color;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import se.lyssna.definitions.Area;

/**
 * Simple pictograms and colours for the eight areas, drawn with PDF paths on a 48-unit square. Colours are paired:
 * a light tint for backgrounds (dark text stays readable, also in grey-scale print) and a strong tone for lines.
 */
final class AreaPictograms {
    private static final float K = 0.5523f; // circle approximation by Bézier curves
    private final PDPageContentStream content;
    private final float x;
    private final float y;
    private final float scale;

    private AreaPictograms(PDPageContentStream content, float x, float y, float size) {
        this.content = content;
        this.x = x;
        this.y = y;
        this.scale = size / 48f;
    }

    static Color tint(Area area) {
        switch (area) {
            case BEMOTANDE: return new Color(0xDC, 0xEB, 0xFA);
            case DELAKTIGHET: return new Color(0xFC, 0xE6, 0xD2);
            case SOCIALA_RELATIONER: return new Color(0xF8, 0xDD, 0xE8);
            case TRYGGHET: return new Color(0xDD, 0xF0, 0xE4);
            case HALSA_OMSORG: return new Color(0xFA, 0xDB, 0xD8);
            case UTBILDNING: return new Color(0xE7, 0xE0, 0xF5);
            case FRITID: return new Color(0xFF, 0xF2, 0xC7);
            default: return new Color(0xD7, 0xEF, 0xEF);
        }
    }

    static Color tone(Area area) {
        switch (area) {
            case BEMOTANDE: return new Color(0x2F, 0x6D, 0xB5);
            case DELAKTIGHET: return new Color(0xB8, 0x5A, 0x14);
            case SOCIALA_RELATIONER: return new Color(0xA8, 0x35, 0x66);
            case TRYGGHET: return new Color(0x2F, 0x7D, 0x4F);
            case HALSA_OMSORG: return new Color(0xB0, 0x33, 0x28);
            case UTBILDNING: return new Color(0x6A, 0x4A, 0xA5);
            case FRITID: return new Color(0x8A, 0x68, 0x00);
            default: return new Color(0x1F, 0x72, 0x72);
        }
    }

    /** Draws the area's pictogram in a {@code size} square whose lower left corner is ({@code x}, {@code y}). */
    static void draw(PDPageContentStream content, Area area, float x, float y, float size) throws IOException {
        AreaPictograms p = new AreaPictograms(content, x, y, size);
        content.saveGraphicsState();
        content.setNonStrokingColor(Color.WHITE);
        p.circle(24, 24, 24);
        content.fill();
        content.setNonStrokingColor(tone(area));
        content.setStrokingColor(tone(area));
        content.setLineWidth(2.5f * p.scale);
        switch (area) {
            case BEMOTANDE -> p.speechBubble();
            case DELAKTIGHET -> p.ballot();
            case SOCIALA_RELATIONER -> p.twoPeople();
            case TRYGGHET -> p.house();
            case HALSA_OMSORG -> p.heart();
            case UTBILDNING -> p.book();
            case FRITID -> p.ball();
            default -> p.key();
        }
        content.restoreGraphicsState();
    }

    private void speechBubble() throws IOException {
        rect(10, 18, 28, 18);
        move(16, 18);
        line(14, 11);
        line(23, 18);
        content.fill();
        content.setNonStrokingColor(Color.WHITE);
        for (int i = 0; i < 3; i++) {
            circle(17 + 7 * i, 27, 2.2f);
        }
        content.fill();
    }

    private void ballot() throws IOException {
        rect(12, 10, 24, 24);
        content.stroke();
        move(17, 22);
        line(22, 16);
        line(32, 30);
        content.stroke();
        rect(20, 34, 8, 5);
        content.fill();
    }

    private void twoPeople() throws IOException {
        circle(17, 30, 5);
        circle(31, 30, 5);
        content.fill();
        halfDisc(17, 12, 9);
        halfDisc(31, 12, 9);
        content.fill();
    }

    private void house() throws IOException {
        move(8, 24);
        line(24, 38);
        line(40, 24);
        content.closePath();
        content.fill();
        rect(12, 10, 24, 15);
        content.fill();
        content.setNonStrokingColor(Color.WHITE);
        rect(21, 10, 6, 9);
        content.fill();
    }

    private void heart() throws IOException {
        move(24, 11);
        curve(14, 18, 8, 24, 10, 31);
        curve(12, 37, 21, 38, 24, 31);
        curve(27, 38, 36, 37, 38, 31);
        curve(40, 24, 34, 18, 24, 11);
        content.fill();
    }

    private void book() throws IOException {
        move(24, 14);
        curve(20, 16, 14, 16, 9, 15);
        line(9, 34);
        curve(14, 35, 20, 35, 24, 33);
        curve(28, 35, 34, 35, 39, 34);
        line(39, 15);
        curve(34, 16, 28, 16, 24, 14);
        content.closePath();
        content.stroke();
        move(24, 14);
        line(24, 33);
        content.stroke();
    }

    /** A football: a ring, a pentagon in the middle and five patches at the edge. */
    private void ball() throws IOException {
        circle(24, 24, 15);
        content.stroke();
        pentagon(24, 24, 6, 90);
        content.fill();
        for (int i = 0; i < 5; i++) {
            double angle = Math.toRadians(90 + 36 + 72 * i);
            pentagon(24 + 14 * (float) Math.cos(angle), 24 + 14 * (float) Math.sin(angle), 3.5f, 270 + 72 * i);
        }
        content.fill();
    }

    private void pentagon(float cu, float cv, float r, double startDegrees) throws IOException {
        for (int i = 0; i < 5; i++) {
            double angle = Math.toRadians(startDegrees + 72 * i);
            float u = cu + r * (float) Math.cos(angle);
            float v = cv + r * (float) Math.sin(angle);
            if (i == 0) {
                move(u, v);
            } else {
                line(u, v);
            }
        }
        content.closePath();
    }

    private void key() throws IOException {
        circle(16, 24, 7);
        content.stroke();
        rect(23, 22.5f, 17, 3);
        rect(34, 17, 3, 6);
        rect(29, 18, 3, 5);
        content.fill();
    }

    private float px(float u) {
        return x + u * scale;
    }

    private float py(float v) {
        return y + v * scale;
    }

    private void move(float u, float v) throws IOException {
        content.moveTo(px(u), py(v));
    }

    private void line(float u, float v) throws IOException {
        content.lineTo(px(u), py(v));
    }

    private void curve(float u1, float v1, float u2, float v2, float u3, float v3) throws IOException {
        content.curveTo(px(u1), py(v1), px(u2), py(v2), px(u3), py(v3));
    }

    private void rect(float u, float v, float w, float h) throws IOException {
        content.addRect(px(u), py(v), w * scale, h * scale);
    }

    private void circle(float cu, float cv, float r) throws IOException {
        float k = r * K;
        move(cu + r, cv);
        curve(cu + r, cv + k, cu + k, cv + r, cu, cv + r);
        curve(cu - k, cv + r, cu - r, cv + k, cu - r, cv);
        curve(cu - r, cv - k, cu - k, cv - r, cu, cv - r);
        curve(cu + k, cv - r, cu + r, cv - k, cu + r, cv);
        content.closePath();
    }

    /** The upper half of a disc: a person's shoulders. */
    private void halfDisc(float cu, float cv, float r) throws IOException {
        float k = r * K;
        move(cu + r, cv);
        curve(cu + r, cv + k, cu + k, cv + r, cu, cv + r);
        curve(cu - k, cv + r, cu - r, cv + k, cu - r, cv);
        content.closePath();
    }
}
