package se.lyssna.app.survey;

/** A pictogram name and the words that describe it to a screen reader. */
public record Picture(String pictogram, String alt) {
}
