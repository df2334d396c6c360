package se.lyssna.backend.security;

/** The roles of the national survey body's identity provider, and the claim naming a facilitator's units. */
public final class Roles {
    public static final String SURVEY_ADMIN = "survey-admin";
    public static final String FACILITATOR = "facilitator";
    /** Only the submission endpoint accepts this role; it is given to a redeemed participation code. */
    public static final String SUBMITTER = "submitter";
    /** Claim with the unit codes a facilitator may see. */
    public static final String UNITS_CLAIM = "units";

    private Roles() {
    }
}
