package se.lyssna.app.ui;

import java.util.List;

/** A simple vector picture: shapes in a square view box, each coloured by a role (ink, face, accent, …). */
public record Pictogram(double viewBox, List<Shape> shapes) {

    /** One SVG path; fill and stroke are role names, or null for none. */
    public record Shape(String d, String fill, String stroke, double strokeWidth) {
    }
}
