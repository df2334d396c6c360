package se.lyssna.app.api;

/** An item's picture: a pictogram name from pictograms.yaml and its alt text. */
public record ImageDto(String pictogram, String alt) {
}
