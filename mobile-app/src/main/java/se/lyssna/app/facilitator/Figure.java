package se.lyssna.app.facilitator;

/** One bar's value: a percentage, a figure hidden to protect the children (with the reason), or not available. */
public sealed interface Figure {

    /** A shown share of positive answers and how many answers it rests on. */
    record Shown(int percent, Integer answers) implements Figure {
    }

    /** Suppressed by disclosure control; {@code reason} is the API's key (too-few-answers, …). */
    record Hidden(String reason) implements Figure {
    }

    /** The caller may not see this scope (403), or it has no figure for this round. */
    record Unavailable() implements Figure {
    }
}
