package se.lyssna.app.nav;

import java.util.List;

/** Every screen of the app, with what it needs to be shown. */
public sealed interface Destination {

    /** Each destination calls its own method: a new destination does not compile until every visitor maps it. */
    <R> R accept(Visitor<R> visitor);

    /** The facilitator's screens: adults only, in Swedish or English, laid out left to right. */
    static boolean isForAdults(Destination d) {
        return d instanceof ForAdults;
    }

    /** A screen for adults (facilitators of children's councils). */
    sealed interface ForAdults extends Destination {
    }

    /** The neutral first screen. */
    record Start() implements Destination {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.start(this);
        }
    }

    /** Choose a language. */
    record Language() implements Destination {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.language(this);
        }
    }

    /** Type the code from the letter (or check the one its QR code filled in). */
    record CodeEntry(String prefilled) implements Destination {
        /** Opened from the letter's QR code: the code already typed in. */
        public CodeEntry {
            prefilled = prefilled == null ? "" : prefilled;
        }

        public CodeEntry() {
            this("");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.codeEntry(this);
        }
    }

    /** "How old are you?": the first step after a code of a round with several age bands; the age picks one. */
    record Age() implements Destination {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.age(this);
        }
    }

    /** What anonymity means, skipping, who sees the results. */
    record About() implements Destination {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.about(this);
        }
    }

    /** One item; opened from the review ("Ändra"), "Nästa" goes back to the review. */
    record Question(String itemId, boolean fromReview) implements Destination {
        /** One item on the way through; after it comes the next item. */
        public Question(String itemId) {
            this(itemId, false);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.question(this);
        }
    }

    /** All answers before sending. */
    record Review() implements Destination {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.review(this);
        }
    }

    /**
     * Sent, or saved to be sent; where to get help: the help lines of the questionnaire just answered, carried here
     * because the session is forgotten at sending (empty when the app reopens with answers still to send).
     */
    record ThankYou(List<se.lyssna.app.api.HelpLineDto> helpLines) implements Destination {
        public ThankYou {
            helpLines = List.copyOf(helpLines);
        }

        public ThankYou() {
            this(List.of());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.thankYou(this);
        }
    }

    /** Where quick exit lands: nothing about the survey on it. */
    record Neutral() implements Destination {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.neutral(this);
        }
    }

    /** Where to get help now: the help lines, a trusted adult, 112; back returns to the screen it came from. */
    record Help(Destination from) implements Destination {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.help(this);
        }
    }

    /**
     * What children said: the unit's and the nation's published results, of a known unit or of the unit a code
     * from a letter belongs to ({@code code}, kept in memory only, never the unit).
     */
    record Results(String roundId, String unitCode, String code) implements Destination {
        public Results(String roundId, String unitCode) {
            this(roundId, unitCode, null);
        }

        /** The results the code of a letter (used or not) opens. */
        public static Results ofCode(String code) {
            return new Results(null, null, code);
        }

        /** Never prints the code. */
        @Override
        public String toString() {
            return "Results[roundId=" + roundId + ", unitCode=" + unitCode + (code == null ? "" : ", by code") + "]";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.results(this);
        }
    }

    /** For adults: sign in with a facilitator token. */
    record FacilitatorSignIn() implements ForAdults {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.facilitatorSignIn(this);
        }
    }

    /** The signed-in facilitator picks a round and one of their units. */
    record FacilitatorHome() implements ForAdults {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.facilitatorHome(this);
        }
    }

    /** One unit's results in a round: each area beside the municipality and the nation, and the round before. */
    record FacilitatorResults(String roundId, String unitCode) implements ForAdults {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.facilitatorResults(this);
        }
    }

    /** One area's items and their answer distributions. */
    record FacilitatorArea(String roundId, String unitCode, String area) implements ForAdults {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.facilitatorArea(this);
        }
    }

    /** The unit's "you said, we did" actions. */
    record FacilitatorActions(String roundId, String unitCode) implements ForAdults {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.facilitatorActions(this);
        }
    }

    /** One method per destination. */
    interface Visitor<R> {
        R start(Start d);

        R language(Language d);

        R codeEntry(CodeEntry d);

        R age(Age d);

        R about(About d);

        R question(Question d);

        R review(Review d);

        R thankYou(ThankYou d);

        R neutral(Neutral d);

        R help(Help d);

        R results(Results d);

        R facilitatorSignIn(FacilitatorSignIn d);

        R facilitatorHome(FacilitatorHome d);

        R facilitatorResults(FacilitatorResults d);

        R facilitatorArea(FacilitatorArea d);

        R facilitatorActions(FacilitatorActions d);
    }
}
