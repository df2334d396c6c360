package se.lyssna.definitions;

/** Whether a human translator has checked a text in a locale. Draft texts are shown but flagged to reviewers. */
public enum TranslationStatus {
    REVIEWED, DRAFT
}
