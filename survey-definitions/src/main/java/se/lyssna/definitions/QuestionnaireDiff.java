package se.lyssna.definitions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares versions of one questionnaire item ID by item ID, so that trends are drawn only over answers that mean
 * the same thing. An item is {@link Comparability#COMPARABLE} when its kind, answer scale and condition are
 * unchanged and its source-language text is unchanged or changed under a declared {@code wording} revision.
 *
 * <p>A revision is declared in the version that makes the change, about the version before it. Comparing versions
 * further apart therefore goes through every version between them ({@link #across(List)}); the catalog does that
 * for you in {@link QuestionnaireCatalog#diff(String, String, String)}.
 */
public final class QuestionnaireDiff {
    private static final String UNCHANGED = "unchanged";

    private QuestionnaireDiff() {
    }

    /** Compares two adjacent versions, {@code to} being the newer one whose revisions describe the change. */
    public static DiffResult compare(Questionnaire from, Questionnaire to) {
        String locale = to.sourceLocale().or(from::sourceLocale).orElse("sv");
        Map<String, Revision> revisions = new LinkedHashMap<>();
        to.revisions().forEach(r -> revisions.putIfAbsent(r.item(), r));
        List<ItemComparison> items = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (Item newer : to.allItems()) {
            Optional<Item> older = from.item(newer.id());
            if (older.isEmpty()) {
                items.add(new ItemComparison(newer.id(), Comparability.ADDED, "new in " + to.version()));
                if (revisions.containsKey(newer.id())) {
                    violations.add(Violation.atItem(to.fileName(), newer.id(), Codes.REVISION_WITHOUT_PREVIOUS,
                            "revision of '" + newer.id() + "', which is not in version " + from.version()));
                }
            } else {
                items.add(compareItem(from, older.get(), to, newer, revisions.get(newer.id()), locale, violations));
            }
        }
        for (Item older : from.allItems()) {
            if (to.item(older.id()).isEmpty()) {
                items.add(new ItemComparison(older.id(), Comparability.REMOVED, "not in " + to.version()));
            }
        }
        return new DiffResult(to.key(), from.version(), to.version(), items, violations);
    }

    /**
     * Compares version {@code from} with the later version {@code to}, going through the versions between them.
     *
     * @param versions versions of one key, in any order
     * @throws IllegalArgumentException when a version is not among {@code versions} or {@code to} is older
     */
    public static DiffResult across(List<Questionnaire> versions, String from, String to) {
        List<Questionnaire> ordered = versions.stream()
                .sorted(java.util.Comparator.comparing(Questionnaire::version, Versions.ORDER)).toList();
        int start = indexOf(ordered, from);
        int end = indexOf(ordered, to);
        if (start > end) {
            throw new IllegalArgumentException("version " + to + " is older than " + from);
        }
        return across(ordered.subList(start, end + 1));
    }

    private static int indexOf(List<Questionnaire> versions, String version) {
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).version().equals(version)) {
                return i;
            }
        }
        String key = versions.isEmpty() ? "the questionnaire" : versions.get(0).key();
        throw new IllegalArgumentException("unknown version " + version + " of " + key);
    }

    /**
     * Compares the first and last of consecutive versions (oldest first), step by step: an item is comparable
     * over the whole span only if it is comparable at every step.
     */
    public static DiffResult across(List<Questionnaire> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no versions to compare");
        }
        Questionnaire first = versions.get(0);
        Questionnaire last = versions.get(versions.size() - 1);
        if (versions.size() <= 2) {
            return compare(first, last);
        }
        List<DiffResult> steps = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            steps.add(compare(versions.get(i - 1), versions.get(i)));
        }
        DiffResult direct = compare(first, last);
        List<ItemComparison> items = direct.items().stream().map(c -> overSteps(c, steps)).toList();
        List<Violation> violations = steps.stream().flatMap(s -> s.violations().stream()).toList();
        return new DiffResult(last.key(), first.version(), last.version(), items, violations);
    }

    /** An item in both end versions keeps the end-to-end verdict only if no step in between broke or dropped it. */
    private static ItemComparison overSteps(ItemComparison direct, List<DiffResult> steps) {
        if (direct.comparability() == Comparability.ADDED || direct.comparability() == Comparability.REMOVED) {
            return direct;
        }
        List<String> wordings = new ArrayList<>();
        for (DiffResult step : steps) {
            ItemComparison at = step.item(direct.itemId()).orElseThrow();
            if (!at.isComparable()) {
                String reason = at.comparability() == Comparability.BREAK ? at.reason()
                        : at.comparability().name().toLowerCase(java.util.Locale.ROOT);
                return new ItemComparison(direct.itemId(), Comparability.BREAK, "in " + step.fromVersion() + " → "
                        + step.toVersion() + ": " + reason);
            }
            if (!at.reason().equals(UNCHANGED)) {
                wordings.add(step.toVersion() + ": " + at.reason());
            }
        }
        return new ItemComparison(direct.itemId(), Comparability.COMPARABLE,
                wordings.isEmpty() ? UNCHANGED : String.join("; ", wordings));
    }

    /**
     * Whether an item of one questionnaire is answered exactly as an item of another (same kind, same answers, same
     * condition), so that counts of both may be added up: how the age bands of one round share items.
     */
    public static boolean sameAnswers(Questionnaire a, Item x, Questionnaire b, Item y) {
        String locale = a.sourceLocale().orElse("sv");
        return x.kindName().equals(y.kindName()) && Objects.equals(x.showIf(), y.showIf())
                && AnswerSignature.of(a, x, locale).equals(AnswerSignature.of(b, y, locale));
    }

    private static ItemComparison compareItem(Questionnaire from, Item older, Questionnaire to, Item newer,
                                              Revision revision, String locale, List<Violation> violations) {
        String id = newer.id();
        if (!older.kindName().equals(newer.kindName())) {
            return breakOf(id, "kind changed from " + older.kindName() + " to " + newer.kindName());
        }
        String before = AnswerSignature.of(from, older, locale);
        String after = AnswerSignature.of(to, newer, locale);
        if (!before.equals(after)) {
            return breakOf(id, "answers changed: " + before + " → " + after);
        }
        if (!Objects.equals(older.showIf(), newer.showIf())) {
            return breakOf(id, "who is asked changed (show-if), so the answering group differs");
        }
        boolean textChanged = !AnswerSignature.text(older.text(), locale)
                .equals(AnswerSignature.text(newer.text(), locale));
        if (revision != null && revision.kind() == Revision.Kind.MEANING) {
            return breakOf(id, "declared meaning revision" + note(revision));
        }
        if (revision != null && revision.kind() == Revision.Kind.WORDING) {
            return new ItemComparison(id, Comparability.COMPARABLE, "declared wording revision" + note(revision));
        }
        if (textChanged) {
            violations.add(Violation.atItemLocale(to.fileName(), id, locale, Codes.UNDECLARED_TEXT_CHANGE,
                    "the " + locale + " text of '" + id + "' changed since " + from.version() + " without a"
                            + " revision; declare {item: " + id + ", kind: wording|meaning} or use a new ID"));
            return breakOf(id, "text changed without a declared revision");
        }
        return new ItemComparison(id, Comparability.COMPARABLE, UNCHANGED);
    }

    private static ItemComparison breakOf(String id, String reason) {
        return new ItemComparison(id, Comparability.BREAK, reason);
    }

    private static String note(Revision revision) {
        return revision.note() == null || revision.note().isBlank() ? "" : ": " + revision.note();
    }
}
