package se.lyssna.app.api;

/** A help line of the questionnaire the child answers, in its locale; {@code dial} is the number, digits only. */
public record HelpLineDto(String name, String phone, String dial, String text, String audio) {
}
