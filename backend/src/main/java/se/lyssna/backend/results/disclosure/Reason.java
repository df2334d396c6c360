package se.lyssna.backend.results.disclosure;

/**
 * Why disclosure control hid a figure: kept inside the server for diagnostics and tests only. What leaves the server
 * is always {@link #PUBLIC_KEY} with {@link #PUBLIC_TEXT}: an informative reason ("protects another figure", "all
 * answered alike") tells a reader which checks a figure passed and so narrows it (docs/disclosure-control.md).
 */
public enum Reason {
    /** The figure is about fewer respondents (or answers) than the round's threshold. */
    TOO_FEW_ANSWERS,
    /** Hidden only so that another hidden figure cannot be worked out by subtraction. */
    PROTECTS_ANOTHER_FIGURE,
    /** Showing it would tell what (nearly) every child of the group answered. */
    ALL_ANSWERED_ALIKE,
    /** Hidden because the audit found that the published figures still narrowed a hidden one too much. */
    AUDIT;

    /** The one reason every channel shows for every hidden figure. */
    public static final String PUBLIC_KEY = "protected";
    /** The public reason in Swedish, as a child or a council member reads it. */
    public static final String PUBLIC_TEXT = "Dold för att skydda barnens anonymitet.";
    /** A short label for tables and reports. */
    public static final String PUBLIC_LABEL = "dold för att skydda barnens anonymitet";
}
