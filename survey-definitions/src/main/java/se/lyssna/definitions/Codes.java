package se.lyssna.definitions;

/**
 * The stable codes of {@link Violation}s. Tools, tests and the backend match on these, so a code is never renamed;
 * the message beside it may be reworded freely.
 */
public final class Codes {
    // Loading
    public static final String MALFORMED = "malformed";
    // The questionnaire as a whole
    public static final String MISSING_KEY = "missing-key";
    public static final String INVALID_KEY = "invalid-key";
    public static final String MISSING_VERSION = "missing-version";
    public static final String INVALID_VERSION = "invalid-version";
    public static final String MISSING_STATUS = "missing-status";
    public static final String MISSING_AGE_BAND = "missing-age-band";
    public static final String INVALID_AGE_BAND = "invalid-age-band";
    public static final String MISSING_LOCALES = "missing-locales";
    public static final String DUPLICATE_LOCALE = "duplicate-locale";
    public static final String NO_ITEMS = "no-items";
    public static final String NATIONAL_COVERAGE = "national-coverage";
    // Help lines (help-lines.yaml)
    public static final String INVALID_HELP_LINE = "invalid-help-line";
    public static final String MISSING_HELP_LINE = "missing-help-line";
    public static final String HELP_LINE_AGES = "help-line-ages";
    // Texts
    public static final String MISSING_LOCALE_TEXT = "missing-locale-text";
    public static final String UNDECLARED_LOCALE = "undeclared-locale";
    public static final String IMAGE_WITHOUT_ALT = "image-without-alt";
    public static final String IMAGE_WITHOUT_PICTOGRAM = "image-without-pictogram";
    // Items
    public static final String MISSING_ITEM_ID = "missing-item-id";
    public static final String INVALID_ITEM_ID = "invalid-item-id";
    public static final String DUPLICATE_ITEM_ID = "duplicate-item-id";
    public static final String MISSING_AREA = "missing-area";
    public static final String UNKNOWN_AREA = "unknown-area";
    public static final String MISSING_SUB_AREA = "missing-sub-area";
    public static final String UNKNOWN_SUB_AREA = "unknown-sub-area";
    public static final String SURVEY_ITEM_WITH_BACKGROUND = "survey-item-with-background";
    public static final String MISSING_BACKGROUND_VARIABLE = "missing-background-variable";
    public static final String UNKNOWN_BACKGROUND_VARIABLE = "unknown-background-variable";
    public static final String DUPLICATE_BACKGROUND_VARIABLE = "duplicate-background-variable";
    public static final String BACKGROUND_ITEM_WITH_AREA = "background-item-with-area";
    public static final String MISSING_SCALE = "missing-scale";
    public static final String UNKNOWN_SCALE = "unknown-scale";
    public static final String SCALE_KIND_MISMATCH = "scale-kind-mismatch";
    public static final String INVALID_NUMBER_RANGE = "invalid-number-range";
    // Skip logic
    public static final String SHOW_IF_UNKNOWN_ITEM = "show-if-unknown-item";
    public static final String SHOW_IF_LATER_ITEM = "show-if-later-item";
    public static final String SHOW_IF_WITHOUT_VALUES = "show-if-without-values";
    public static final String SHOW_IF_UNKNOWN_VALUE = "show-if-unknown-value";
    // Scales
    public static final String MISSING_SCALE_KEY = "missing-scale-key";
    public static final String SCALE_WITHOUT_OPTIONS = "scale-without-options";
    public static final String SCALE_MISSING_NON_ANSWERS = "scale-missing-non-answers";
    public static final String MISSING_OPTION_VALUE = "missing-option-value";
    public static final String DUPLICATE_OPTION_VALUE = "duplicate-option-value";
    public static final String INVALID_LINE_RANGE = "invalid-line-range";
    public static final String INVALID_POSITIVE_FROM = "invalid-positive-from";
    // Revisions and versions
    public static final String REVISION_UNKNOWN_ITEM = "revision-unknown-item";
    public static final String REVISION_WITHOUT_KIND = "revision-without-kind";
    public static final String DUPLICATE_REVISION = "duplicate-revision";
    public static final String REVISION_WITHOUT_PREVIOUS = "revision-without-previous";
    public static final String UNDECLARED_TEXT_CHANGE = "undeclared-text-change";
    // The catalog and the lock
    public static final String DUPLICATE_VERSION = "duplicate-version";
    public static final String FILE_NAME_MISMATCH = "file-name-mismatch";
    public static final String PUBLISHED_CHANGED = "published-changed";
    public static final String PUBLISHED_NOT_LOCKED = "published-not-locked";
    public static final String LOCKED_VERSION_MISSING = "locked-version-missing";
    public static final String MALFORMED_LOCK = "malformed-lock";

    private Codes() {
    }
}
