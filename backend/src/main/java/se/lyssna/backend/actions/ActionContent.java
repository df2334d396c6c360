package se.lyssna.backend.actions;

import java.util.UUID;

/** An action's content once validated and screened: what the entity stores. */
record ActionContent(UUID roundId, String area, String itemId, String youSaid, String weDecided, String weDid,
                     String responsible, ActionStatus status) {
}
