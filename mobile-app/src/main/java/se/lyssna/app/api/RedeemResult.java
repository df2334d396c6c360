package se.lyssna.app.api;

/** What happened when a participation code was tried. */
public sealed interface RedeemResult {

    /** The code was accepted. */
    record Redeemed(ParticipationDto participation) implements RedeemResult {
    }

    /** The backend said no; the reason decides which message the child sees. */
    record Refused(Reason reason, String detail) implements RedeemResult {
    }

    /** No answer from the backend (offline or down). */
    record Unreachable(String detail) implements RedeemResult {
    }

    /** Why a code was refused. */
    enum Reason { UNKNOWN_CODE, ALREADY_USED, ROUND_CLOSED, TOO_MANY_TRIES, OTHER }
}
