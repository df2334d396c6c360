package se.lyssna.definitions;

import java.util.HashSet;
import java.util.Set;

/**
 * Declared revisions name items of this version, say whether the meaning changed, and appear once per item; a
 * revision of an unknown item is almost always a typo that would hide an undeclared change.
 */
final class RevisionRule implements Rule {

    @Override
    public void check(Questionnaire q, Findings findings) {
        Set<String> seen = new HashSet<>();
        for (Revision revision : q.revisions()) {
            String id = revision.item();
            if (HeaderRule.isBlank(id) || q.item(id).isEmpty()) {
                findings.atItem(id, Codes.REVISION_UNKNOWN_ITEM, "revision names item '" + id
                        + "', which is not in this version");
            } else if (!seen.add(id)) {
                findings.atItem(id, Codes.DUPLICATE_REVISION, "item '" + id + "' has more than one revision");
            }
            if (revision.kind() == null) {
                findings.atItem(id, Codes.REVISION_WITHOUT_KIND, "revision of '" + id
                        + "' needs 'kind': wording (still comparable) or meaning (a break in the trend)");
            }
        }
    }
}
