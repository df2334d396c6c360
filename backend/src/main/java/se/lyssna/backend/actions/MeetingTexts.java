package se.lyssna.backend.actions;

import se.lyssna.backend.pdf.PdfTexts;

/** The meeting material's Swedish texts, from {@code meeting/meeting_sv.properties}; never in Java code. */
final class MeetingTexts {
    private final PdfTexts texts = new PdfTexts("meeting/meeting_sv.properties");

    String get(String key, Object... args) {
        return texts.get(key, args);
    }
}
