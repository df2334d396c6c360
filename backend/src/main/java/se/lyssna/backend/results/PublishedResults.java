package se.lyssna.backend.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import se.lyssna.backend.results.disclosure.Cell;
import se.lyssna.backend.results.disclosure.Reason;

/**
 * The frozen, protected tables of published rounds: the one place that writes them (publication, once per round) and
 * that every reader (the API, feedback, trends, exports, reports, the meeting material, the console) reads them
 * through. Nothing here sees a raw response, and a hidden figure leaves it only as hidden, with the one public reason.
 */
@ApplicationScoped
public class PublishedResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager entityManager;

    PublishedResults(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One stored figure: its size and counts, or hidden. */
    public record StoredFigure(Integer size, Map<String, Integer> counts, boolean hidden) {
    }

    /** One stored figure with where it sits, for the exports. */
    public record Row(String scope, String scopeName, String group, String measure, String band, StoredFigure figure) {
    }

    /** A care unit's respondents in a municipality's report: its name and count, or hidden. */
    public record UnitRespondents(String name, Integer respondents) {
    }

    public boolean isPublished(UUID roundId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from published_round where round_id = ?1")
                .setParameter(1, roundId).getSingleResult()).longValue() > 0;
    }

    // ---- written once, at close ----

    void writeRound(UUID roundId, int threshold, LocalDate on) {
        entityManager.createNativeQuery("insert into published_round (round_id, threshold, published_on)"
                + " values (?1, ?2, ?3)").setParameter(1, roundId).setParameter(2, threshold).setParameter(3, on)
                .executeUpdate();
    }

    void writeScope(UUID roundId, String scope, String name, int codesIssued) {
        entityManager.createNativeQuery("insert into published_scope (round_id, scope, name, codes_issued)"
                        + " values (?1, ?2, ?3, ?4)").setParameter(1, roundId).setParameter(2, scope)
                .setParameter(3, name).setParameter(4, codesIssued).executeUpdate();
    }

    /** Every published figure (never-published ones are skipped); a hidden one without its numbers or its rule. */
    void writeCells(UUID roundId, Collection<Cell> cells) {
        entityManager.flush();
        // COPY, not batched inserts: a national round has 665,600 figures, which took most of the close's time
        // after the protection as single-row inserts, even batched.
        entityManager.unwrap(Session.class).doWork(connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy published_cell (round_id,"
                    + " scope, grp, measure, size, counts, suppressed, band) from stdin (format csv)");
            try {
                StringBuilder rows = new StringBuilder(1 << 17);
                String round = roundId.toString();
                for (Cell cell : cells) {
                    if (cell.unpublished()) {
                        continue;
                    }
                    boolean shown = cell.reason() == null;
                    rows.append(round).append(',');
                    csv(rows, cell.key().scope().key()).append(',');
                    csv(rows, cell.key().group()).append(',');
                    csv(rows, cell.key().measure().key()).append(',');
                    if (shown) {
                        rows.append(cell.size());
                    }
                    rows.append(',');
                    if (shown && cell.isDistribution()) {
                        csv(rows, json(cell.counts()));
                    }
                    rows.append(',');
                    if (!shown) {
                        csv(rows, Reason.PUBLIC_KEY);
                    }
                    rows.append(',');
                    csv(rows, cell.key().band()).append('\n');
                    if (rows.length() > 1 << 16) {
                        send(copy, rows);
                    }
                }
                send(copy, rows);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    /** A CSV field, always quoted: in COPY's CSV an unquoted empty field is null, a quoted one the empty string. */
    private static StringBuilder csv(StringBuilder rows, String value) {
        rows.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            rows.append(c);
            if (c == '"') {
                rows.append('"');
            }
        }
        return rows.append('"');
    }

    private static void send(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    void writeFreeText(UUID roundId, String scope, String itemId, String text) {
        entityManager.createNativeQuery("insert into published_free_text (id, round_id, scope, item_id, text)"
                        + " values (?1, ?2, ?3, ?4, ?5)").setParameter(1, UUID.randomUUID()).setParameter(2, roundId)
                .setParameter(3, scope).setParameter(4, itemId).setParameter(5, text).executeUpdate();
    }

    // ---- read by everyone ----

    /**
     * One scope's figures in one table, by {@code group|measure}: the whole group's, and with {@code groupBy} each
     * of that variable's groups. Empty for a band's table of a scope too small to have one.
     */
    public Map<String, StoredFigure> table(UUID roundId, String scope, String band, String groupBy) {
        @SuppressWarnings("unchecked")
        List<Object[]> list = entityManager.createNativeQuery("select grp, measure, size, cast(counts as text),"
                        + " suppressed from published_cell where round_id = ?1 and scope = ?2 and band = ?4"
                        + " and (grp = 'all' or grp like ?3)")
                .setParameter(1, roundId).setParameter(2, scope)
                .setParameter(3, groupBy == null ? "-" : groupBy + "=%").setParameter(4, band).getResultList();
        Map<String, StoredFigure> figures = new HashMap<>();
        for (Object[] r : list) {
            figures.put(r[0] + "|" + r[1], figure(r[2], r[3], r[4]));
        }
        return figures;
    }

    /** Every published figure of a round, the all-ages table first. */
    public List<Row> all(UUID roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> cells = entityManager.createNativeQuery("select c.scope, s.name, c.grp, c.measure, c.size,"
                        + " cast(c.counts as text), c.suppressed, c.band"
                        + " from published_cell c join published_scope s"
                        + " on s.round_id = c.round_id and s.scope = c.scope where c.round_id = ?1"
                        + " order by c.band = 'all' desc, c.band, c.scope, c.grp, c.measure")
                .setParameter(1, roundId).getResultList();
        List<Row> rows = new ArrayList<>(cells.size());
        for (Object[] c : cells) {
            rows.add(new Row((String) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[7],
                    figure(c[4], c[5], c[6])));
        }
        return rows;
    }

    public Optional<String> scopeName(UUID roundId, String scope) {
        @SuppressWarnings("unchecked")
        List<String> names = entityManager.createNativeQuery("select name from published_scope where round_id = ?1"
                + " and scope = ?2").setParameter(1, roundId).setParameter(2, scope).getResultList();
        return names.stream().findFirst();
    }

    public Integer codesIssued(UUID roundId, String scope) {
        @SuppressWarnings("unchecked")
        List<Number> issued = entityManager.createNativeQuery("select codes_issued from published_scope"
                + " where round_id = ?1 and scope = ?2").setParameter(1, roundId).setParameter(2, scope)
                .getResultList();
        return issued.isEmpty() ? null : issued.get(0).intValue();
    }

    /** A scope's screened free texts, in their fixed order. */
    public List<ResultsViews.FreeText> freeTexts(UUID roundId, String scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select item_id, text from published_free_text"
                + " where round_id = ?1 and scope = ?2 order by item_id, text").setParameter(1, roundId)
                .setParameter(2, scope).getResultList();
        return rows.stream().map(r -> new ResultsViews.FreeText((String) r[0], (String) r[1])).toList();
    }

    /** The care units of a municipality with their respondents for all ages, by name. */
    public List<UnitRespondents> unitsOf(UUID roundId, String municipality) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select s.name, c.size from published_scope s"
                        + " join published_cell c on c.round_id = s.round_id and c.scope = s.scope and c.grp = 'all'"
                        + " and c.band = 'all' and c.measure = 'respondents' join unit u on s.scope = 'unit:' || u.code"
                        + " where s.round_id = ?1 and u.municipality_code = ?2 order by s.name")
                .setParameter(1, roundId).setParameter(2, municipality).getResultList();
        return rows.stream().map(r -> new UnitRespondents((String) r[0], r[1] == null ? null
                : ((Number) r[1]).intValue())).toList();
    }

    /**
     * The last {@code last} published rounds with a band asked with questionnaire {@code key} and a table for
     * {@code scope}, oldest first; with {@code before}, only rounds that opened before it.
     */
    public List<UUID> rounds(String key, String scope, int last, LocalDate before) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select r.id from round r"
                        + " join published_round p on p.round_id = r.id"
                        + " join round_band b on b.round_id = r.id"
                        + " join questionnaire_version q on q.id = b.questionnaire_version_id"
                        + " join published_scope s on s.round_id = r.id and s.scope = ?2"
                        + " where q.key = ?1 and r.opens_on < ?4 order by r.opens_on desc, r.name desc limit ?3")
                .setParameter(1, key).setParameter(2, scope).setParameter(3, last)
                .setParameter(4, before == null ? LocalDate.of(9999, 1, 1) : before).getResultList();
        List<UUID> oldestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** The last {@code last} published rounds with a table for {@code scope}, whatever they asked, oldest first. */
    public List<UUID> roundsOf(String scope, int last) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select r.id from round r"
                        + " join published_scope s on s.round_id = r.id and s.scope = ?1"
                        + " order by r.opens_on desc, r.name desc limit ?2")
                .setParameter(1, scope).setParameter(2, last).getResultList();
        List<UUID> oldestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static StoredFigure figure(Object size, Object counts, Object suppressed) {
        if (suppressed != null) {
            return new StoredFigure(null, Map.of(), true);
        }
        return new StoredFigure(size == null ? null : ((Number) size).intValue(),
                counts == null ? Map.of() : parse((String) counts), false);
    }

    private static Map<String, Integer> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Map<String, Integer> counts) {
        try {
            return JSON.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
