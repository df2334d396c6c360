package se.lyssna.definitions;

/**
 * A picture shown with an item: a pictogram drawn by the app, with alt text in every locale for those who cannot
 * see it.
 *
 * @param pictogram key of a pictogram in {@code questionnaires/pictograms.yaml}
 * @param alt       alternative text per locale
 */
public record Image(String pictogram, LocalizedText alt) {
}
