package se.lyssna.backend.participation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import se.lyssna.definitions.BackgroundVariable;

/**
 * Moves accepted submissions from the inbox into the response tables in shuffled batches, with new random IDs, and
 * rewrites the used codes of the same rounds in random order. Afterwards neither the physical order of rows nor the
 * transaction IDs PostgreSQL keeps on them can tie a response to the code used for it: every response of a batch
 * and every used code of its round carry this one transaction's ID. A batch waits until it holds at least
 * {@code lyssna.mixing.min-batch} submissions, so a response never appears alone right after a child sent it.
 */
@ApplicationScoped
public class ResponseMixer {
    private static final Logger LOG = Logger.getLogger(ResponseMixer.class);
    private static final long MIXER_LOCK = 0x4C7973736E61L;
    /**
     * Submissions read and moved at a time within one turn's transaction. Small, so that what a chunk holds (its
     * answer sets parsed, ~40 rows each) dies young: 1,000 at a time lived through several young collections, was
     * promoted, and filled a children's replica's old generation to a 300 ms full collection every turn
     * (bench/README.md).
     */
    private static final int CHUNK = 100;
    private static final Rows RESPONSES = new Rows("response", Stream.concat(
            Stream.of("id uuid", "round_id uuid", "unit_id uuid", "questionnaire_version_id uuid",
                    "received_on date"), StoredRoundResponses.columns().stream().map(c -> c + " text")).toList());
    private static final Rows ANSWERS = new Rows("answer", List.of("response_id uuid", "item_id text", "value text"));
    private static final Rows FREE_TEXTS = new Rows("free_text_answer", List.of("id uuid", "round_id uuid",
            "unit_id uuid", "item_id text", "text text"));

    private final EntityManager entityManager;
    private final int minBatch;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ResponseMixer(EntityManager entityManager, @ConfigProperty(name = "lyssna.mixing.min-batch") int minBatch,
                  Clock clock) {
        this.entityManager = entityManager;
        this.minBatch = minBatch;
        this.clock = clock;
    }

    @Scheduled(every = "${lyssna.mixing.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            mix(minBatch);
        } catch (RuntimeException e) {
            // The scheduler would log the message, and a database message can quote an inbox payload. The inbox
            // keeps the submissions, so the next turn simply tries again (e.g. after a database outage).
            LOG.warnf("Mixing failed this turn, will retry: %s", e.getClass().getName());
        }
    }

    /** Moves every waiting submission into the results tables, whatever the batch size (closing a round). */
    public void flushInbox() {
        // Closing must not miss a submission, so it waits for a running mixer instead of skipping.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, MIXER_LOCK)
                .getSingleResult();
        mix(0);
    }

    /** Mixes the inbox if it holds at least {@code minimum} submissions; returns how many were moved. */
    @Transactional
    public int mix(int minimum) {
        // One mixer at a time across replicas; the others skip this turn.
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, MIXER_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        // Only the IDs first, locked: the payloads are read a chunk at a time in the shuffled order, so that a
        // busy turn (30,000 submissions at 1,000 children/s) does not hold every answer set in memory at once (that
        // filled a children's replica's small heap, bench/README.md). One transaction all the same.
        @SuppressWarnings("unchecked")
        List<UUID> order = new ArrayList<>(entityManager.createNativeQuery("select id from response_inbox for update")
                .getResultList());
        if (order.isEmpty() || order.size() < minimum) {
            return 0;
        }
        long began = System.nanoTime();
        Collections.shuffle(order, random);
        LocalDate today = LocalDate.now(clock);
        List<Object[]> freeTexts = new ArrayList<>();
        Set<UUID> rounds = new HashSet<>();
        for (int from = 0; from < order.size(); from += CHUNK) {
            move(order.subList(from, Math.min(order.size(), from + CHUNK)), today, freeTexts, rounds);
        }
        Collections.shuffle(freeTexts, random);
        insert(FREE_TEXTS, freeTexts);
        deleteFromInbox(order.toArray(UUID[]::new));
        long moved = System.nanoTime();
        rounds.forEach(this::rewriteUsedCodes);
        // Counts and durations only: what a turn costs the replica and the database beside the children's requests.
        LOG.infof("Mixed %d response(s) into the results tables (moved in %d ms, used codes rewritten in %d ms)",
                order.size(), (moved - began) / 1_000_000, (System.nanoTime() - moved) / 1_000_000);
        return order.size();
    }

    /**
     * Moves one chunk of the shuffled inbox into the response and answer tables, in that order; collects its free
     * texts (shuffled and written once for the whole turn) and its rounds.
     */
    private void move(List<UUID> chunk, LocalDate today, List<Object[]> freeTexts, Set<UUID> rounds) {
        Map<UUID, Object[]> waiting = inboxRows(chunk);
        List<Object[]> responses = new ArrayList<>();
        List<Object[]> answers = new ArrayList<>();
        for (UUID inboxId : chunk) {
            Object[] row = waiting.get(inboxId);
            InboxPayload payload = InboxPayload.fromJson((String) row[4]);
            UUID responseId = UUID.randomUUID();
            responses.add(response(responseId, row, payload, today));
            payload.answers().forEach((item, values) -> values.forEach(value -> answers.add(
                    new Object[]{responseId, item, value})));
            payload.freeTexts().forEach((item, text) -> freeTexts.add(new Object[]{UUID.randomUUID(), row[1],
                    row[2], item, text}));
            rounds.add((UUID) row[1]);
        }
        insert(RESPONSES, responses);
        insert(ANSWERS, answers);
    }

    /** The inbox rows with these IDs (locked by this transaction), by ID. */
    private Map<UUID, Object[]> inboxRows(List<UUID> ids) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            Map<UUID, Object[]> rows = new java.util.HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select id, round_id, unit_id,"
                    + " questionnaire_version_id, cast(payload as text) from response_inbox where id = any(?)")) {
                select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                try (java.sql.ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        UUID id = row.getObject(1, UUID.class);
                        rows.put(id, new Object[]{id, row.getObject(2, UUID.class), row.getObject(3, UUID.class),
                                row.getObject(4, UUID.class), row.getString(5)});
                    }
                }
            }
            return rows;
        });
    }

    /** A response row's values in the columns' order: the five facts, then the background variables. */
    private static Object[] response(UUID id, Object[] row, InboxPayload payload, LocalDate today) {
        Map<String, String> background = payload.background();
        List<Object> values = new ArrayList<>(List.of(id, row[1], row[2], row[3], today.toString()));
        for (BackgroundVariable variable : BackgroundVariable.values()) {
            values.add(background.get(variable.key()));
        }
        return values.toArray();
    }

    /** A table's columns as {@code name type}, for {@link #insert}. */
    private record Rows(String table, List<String> columns) {
        String insert() {
            return "insert into " + table + " (" + String.join(", ", columns.stream().map(c -> c.split(" ")[0])
                    .toList()) + ") select * from unnest(" + String.join(", ", columns.stream()
                    .map(c -> "cast(? as " + c.split(" ")[1] + "[])").toList()) + ")";
        }
    }

    /**
     * Rows in one statement, a column per array parameter, in the shuffled order they come in (unnest keeps it):
     * a child's full answer set is ~40 rows, and as JDBC batches each row was a statement of its own for
     * PostgreSQL to bind and execute, which made a turn at 1,000 children/s take most of the 30 s until the next
     * (bench/README.md); one native query per row before that cost a third of the submissions' own CPU.
     */
    private void insert(Rows rows, List<Object[]> values) {
        if (values.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(rows.insert())) {
                for (int c = 0; c < rows.columns().size(); c++) {
                    Object[] column = new Object[values.size()];
                    for (int r = 0; r < column.length; r++) {
                        column[r] = values.get(r)[c];
                    }
                    // Nulls are only ever unanswered background variables; the array keeps them as NULL.
                    insert.setArray(c + 1, connection.createArrayOf(rows.columns().get(c).split(" ")[1], column));
                }
                insert.executeUpdate();
            }
        });
    }

    /**
     * The moved rows only (a submission may have arrived since they were read), as one array parameter: a list
     * expanded into one parameter per row (padded by Hibernate to a power of two) failed beyond 32,768 rows, as the
     * driver sends at most 65,535 parameters per statement; a busy inbox reaches that in 30 s and then only grew.
     */
    private void deleteFromInbox(UUID[] ids) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from response_inbox where id = any(?)")) {
                delete.setArray(1, connection.createArrayOf("uuid", ids));
                delete.executeUpdate();
            }
        });
    }

    /**
     * Rewrites a round's used codes one by one in random order, so that their rows forget when each was used. It
     * only ever updates rows, never deletes them: a submission waiting on a code row's lock then finds the new version
     * of that row, and a code used while the rewrite runs is simply not part of it (the old delete-and-insert lost
     * such rows and told their children's retries that the token belonged to no code). The loop runs in the
     * database because one statement's update order is the plan's, not ours.
     */
    private void rewriteUsedCodes(UUID roundId) {
        // The round ID is a UUID, so it cannot carry SQL; DO blocks take no parameters.
        entityManager.createNativeQuery("do $$ declare code record; begin"
                + " for code in select id from participation_code where round_id = '" + roundId + "' and used"
                + " order by random() loop"
                + " update participation_code set used = true where id = code.id;"
                + " end loop; end $$").executeUpdate();
    }
}
