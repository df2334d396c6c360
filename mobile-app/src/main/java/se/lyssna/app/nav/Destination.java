package se.lyssna.app.nav;

/** Every screen of the app, with what it needs to be shown. */
public sealed interface Destination {

    /** The neutral first screen. */
    record Start() implements Destination {
    }

    /** Choose a language. */
    record Language() implements Destination {
    }

    /** Type the code from the letter. */
    record CodeEntry() implements Destination {
    }

    /** What anonymity means, skipping, who sees the results. */
    record About() implements Destination {
    }

    /** One item. */
    record Question(String itemId) implements Destination {
    }

    /** All answers before sending. */
    record Review() implements Destination {
    }

    /** Sent, or saved to be sent; where to get help. */
    record ThankYou() implements Destination {
    }

    /** Where quick exit lands: nothing about the survey on it. */
    record Neutral() implements Destination {
    }

    /** What children said: the unit's and the nation's published results. */
    record Results(String roundId, String unitCode) implements Destination {
    }
}
