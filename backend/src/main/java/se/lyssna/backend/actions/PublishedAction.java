package se.lyssna.backend.actions;

/**
 * What children see of an action: "You told us {@code youSaid}, so we {@code weDid}". Only actions in progress or
 * done; while an action is in progress and nothing is done yet, {@code weDid} is what the council decided.
 */
public record PublishedAction(String area, String youSaid, String weDid, String status) {
}
