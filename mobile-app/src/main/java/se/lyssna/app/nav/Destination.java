package se.lyssna.app.nav;

/** Every screen of the app, with what it needs to be shown. */
public sealed interface Destination {

    /** The facilitator's screens: adults only, in Swedish or English, laid out left to right. */
    static boolean isForAdults(Destination d) {
        return d instanceof FacilitatorSignIn || d instanceof FacilitatorHome || d instanceof FacilitatorResults
                || d instanceof FacilitatorArea || d instanceof FacilitatorActions;
    }

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

    /** For adults: sign in with a facilitator token. */
    record FacilitatorSignIn() implements Destination {
    }

    /** The signed-in facilitator picks a round and one of their units. */
    record FacilitatorHome() implements Destination {
    }

    /** One unit's results in a round: each area beside the municipality and the nation, and the round before. */
    record FacilitatorResults(String roundId, String unitCode) implements Destination {
    }

    /** One area's items and their answer distributions. */
    record FacilitatorArea(String roundId, String unitCode, String area) implements Destination {
    }

    /** The unit's "you said, we did" actions. */
    record FacilitatorActions(String roundId, String unitCode) implements Destination {
    }
}
