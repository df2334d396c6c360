import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * National-scale results: generates rounds of responses straight into the response tables (as the mixer leaves
 * them), with the codes that were issued for them, then times through the real API what the survey body and
 * facilitators do with them, each beside the raw SQL GROUP BY that counts the same figures.
 *   java -cp <jackson:postgresql> bench/ResultsBench.java <baseUrl> <jdbcUrl> <rounds> <responsesPerRound>
 */
public class ResultsBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final String[] CARE_KINDS = {"familjehem", "hvb", "hvb", "stodboende", "sis"};
    private static final int CARE_UNITS = 900;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rounds = Integer.parseInt(args[2]);
        int perRound = Integer.parseInt(args[3]);
        // "reuse": the database keeps the rounds of an earlier run with these sizes (see results.sh).
        boolean reuse = args.length > 4 && args[4].equals("reuse");
        Random random = new Random(2026);
        try (Connection db = DriverManager.getConnection(args[1], "lyssna", "lyssna")) {
            String admin = post(base + "/api/v1/demo/tokens", null, "{\"role\":\"survey-admin\"}").get("token")
                    .asText();
            JsonNode questionnaire = questionnaire(base);
            List<String> roundIds = reuse ? closedBenchRounds(db) : List.of();
            double lastClose = Double.NaN;
            if (roundIds.size() == rounds) {
                System.out.printf("reused %d closed rounds (%,d answers) of an earlier run; (a) not measured%n",
                        rounds, count(db, "select count(*) from answer"));
            } else {
                if (!roundIds.isEmpty() || count(db, "select count(*) from round where name like 'Bench %'") > 0) {
                    throw new IllegalStateException("the bench database holds a partial earlier run; drop it");
                }
                roundIds = new ArrayList<>();
                List<String> units = careUnits(base, admin, db, random);
                itemTable(db, questionnaire);
                long generating = System.nanoTime();
                for (int r = 0; r < rounds; r++) {
                    String round = post(base + "/api/v1/admin/rounds", admin, JSON.writeValueAsString(Map.of(
                            "name", "Bench " + (2022 + r), "questionnaire", Map.of("key", questionnaire.get("key")
                                    .asText(), "version", questionnaire.get("version").asText()), "units", units,
                            "opensOn", LocalDate.now().minusDays(20).toString(),
                            "closesOn", LocalDate.now().plusDays(10).toString()))).get("id").asText();
                    generate(db, round, units, perRound, random);
                    roundIds.add(round);
                }
                System.out.printf("generated %d rounds x %d responses (%,d answers) in %.0f s%n", rounds, perRound,
                        count(db, "select count(*) from answer"), (System.nanoTime() - generating) / 1e9);
                for (String round : roundIds) {
                    lastClose = seconds(() -> post(base + "/api/v1/admin/rounds/" + round + "/close", admin, "{}"));
                    System.out.printf("close + publish of a %,d-response round: %.2f s%n", perRound, lastClose);
                }
            }
            String last = roundIds.get(roundIds.size() - 1);
            String nationalSql = "select a.item_id, a.value, count(*) from answer a join response r"
                    + " on r.id = a.response_id where r.round_id = '" + last + "' group by 1, 2";
            double rawNational = seconds(() -> query(db, nationalSql));
            String allSql = "select r.unit_id, r.age_band, a.item_id, a.value, count(*) from answer a"
                    + " join response r on r.id = a.response_id where r.round_id = '" + last
                    + "' group by grouping sets ((1, 3, 4), (1, 2, 3, 4), (3, 4))";
            double rawAll = seconds(() -> query(db, allSql));
            if (!Double.isNaN(lastClose)) {
                row("(a) close + publish", lastClose, rawAll, "raw GROUP BY unit / unit x age band / nation", 15);
            }

            String unit = largestUnit(db, last);
            String facilitator = post(base + "/api/v1/demo/tokens", null, "{\"role\":\"facilitator\",\"units\":[\""
                    + unit + "\"]}").get("token").asText();
            String unitUrl = base + "/api/v1/results/rounds/" + last + "?unit=" + unit + "&groupBy=age-band";
            double[] unitQuery = repeat(200, () -> get(unitUrl, facilitator));
            String unitSql = "select r.age_band, a.item_id, a.value, count(*) from answer a join response r"
                    + " on r.id = a.response_id join unit u on u.id = r.unit_id where r.round_id = '" + last
                    + "' and u.code = '" + unit + "' group by 1, 2, 3";
            double[] rawUnit = repeat(20, () -> query(db, unitSql));
            System.out.printf("(b) facilitator unit query by age band (%s), p50 %.1f ms, p99 %.1f ms"
                            + " (targets 10 / 50); raw GROUP BY p50 %.1f ms; ratio %.2f%n", unit,
                    unitQuery[0] * 1e3, unitQuery[1] * 1e3, rawUnit[0] * 1e3, unitQuery[0] / rawUnit[0]);
            row("(c) national PDF report", seconds(() -> get(base + "/api/v1/results/rounds/" + last
                    + "/report.pdf", admin)), rawNational, "raw national GROUP BY", 10);
            row("(d) XLSX export", seconds(() -> get(base + "/api/v1/results/rounds/" + last + "/export.xlsx",
                    admin)), rawAll, "raw GROUP BY of all scopes", 5);
            row("(d) CSV export", seconds(() -> get(base + "/api/v1/results/rounds/" + last + "/export.csv",
                    admin)), rawAll, "raw GROUP BY of all scopes", 5);
            String trendUrl = base + "/api/v1/results/trends?questionnaire=" + questionnaire.get("key").asText()
                    + "&unit=" + unit + "&rounds=" + rounds;
            double[] trend = repeat(50, () -> get(trendUrl, facilitator));
            String trendSql = "select r.round_id, a.item_id, a.value, count(*) from answer a join response r"
                    + " on r.id = a.response_id join unit u on u.id = r.unit_id where u.code = '" + unit
                    + "' group by 1, 2, 3";
            double[] rawTrend = repeat(10, () -> query(db, trendSql));
            System.out.printf("(e) %d-round trend of a unit, p50 %.1f ms, p99 %.1f ms (target 50); raw GROUP BY"
                    + " p50 %.1f ms; ratio %.2f%n", rounds, trend[0] * 1e3, trend[1] * 1e3, rawTrend[0] * 1e3,
                    trend[0] / rawTrend[0]);
        }
    }

    private static void row(String what, double took, double raw, String rawWhat, double target) {
        System.out.printf("%s: %.2f s (target < %.0f s); %s: %.2f s; ratio %.1f%n", what, took, target, rawWhat,
                raw, took / raw);
    }

    /** 900 care units over the 290 municipalities; most homes small, some large (sizes are drawn per round). */
    private static List<String> careUnits(String base, String admin, Connection db, Random random) throws Exception {
        List<String> municipalities = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(
                "select code from unit where kind = 'municipality' order by code")) {
            while (rs.next()) {
                municipalities.add(rs.getString(1));
            }
        }
        List<String> units = new ArrayList<>();
        for (int i = 0; i < CARE_UNITS; i++) {
            String municipality = municipalities.get(random.nextInt(municipalities.size()));
            String kind = CARE_KINDS[random.nextInt(CARE_KINDS.length)];
            String code = municipality + "-" + kind + "-bench" + i;
            post(base + "/api/v1/admin/units", admin, JSON.writeValueAsString(Map.of("code", code, "name",
                    "Benchenhet " + i, "kind", kind, "municipality", municipality)));
            units.add(code);
        }
        return units;
    }

    /** The questionnaire's closed items and their answer values, for SQL to draw answers from. */
    private static void itemTable(Connection db, JsonNode questionnaire) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("drop table if exists bench_item");
            s.execute("create unlogged table bench_item (item_id text, vals text[], background text, cond_item text,"
                    + " cond_vals text[])");
        }
        try (PreparedStatement insert = db.prepareStatement("insert into bench_item values (?, ?, ?, ?, ?)")) {
            for (String part : List.of("background", "items")) {
                for (JsonNode item : questionnaire.get(part)) {
                    List<String> values = new ArrayList<>();
                    String kind = item.get("kind").asText();
                    if (kind.equals("free-text")) {
                        continue;
                    } else if (kind.equals("line") || kind.equals("number")) {
                        for (int v = item.get("min").asInt(); v <= Math.min(item.get("max").asInt(), 10); v++) {
                            values.add(Integer.toString(v));
                        }
                    } else {
                        for (JsonNode option : item.get("options")) {
                            if (!option.has("kind") || "answer".equals(option.get("kind").asText())) {
                                values.add(option.get("value").asText());
                            }
                        }
                    }
                    insert.setString(1, item.get("id").asText());
                    insert.setArray(2, db.createArrayOf("text", values.toArray()));
                    insert.setString(3, item.has("background") ? item.get("background").asText() : null);
                    // The skip logic, so that no response answers an item it was never shown (see generate).
                    JsonNode showIf = item.get("showIf");
                    boolean conditional = showIf != null && !showIf.isNull();
                    List<String> anyOf = new ArrayList<>();
                    if (conditional) {
                        showIf.get("anyOf").forEach(v -> anyOf.add(v.asText()));
                    }
                    insert.setString(4, conditional ? showIf.get("item").asText() : null);
                    insert.setArray(5, conditional ? db.createArrayOf("text", anyOf.toArray()) : null);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** One round: skewed unit sizes, used codes for every response plus some unused, responses and answers. */
    private static void generate(Connection db, String round, List<String> units, int total, Random random)
            throws Exception {
        int[] sizes = new int[units.size()];
        int small = units.size() * 7 / 10;
        int assigned = 0;
        for (int i = 0; i < small; i++) {
            sizes[i] = 1 + random.nextInt(15);
            assigned += sizes[i];
        }
        double harmonic = 0;
        for (int i = small; i < units.size(); i++) {
            harmonic += 1.0 / Math.pow(i - small + 1, 0.8);
        }
        int rest = total - assigned;
        for (int i = small; i < units.size(); i++) {
            sizes[i] = (int) Math.round(rest / harmonic / Math.pow(i - small + 1, 0.8));
        }
        sizes[units.size() - 1] += total - Arrays.stream(sizes).sum();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, random);
        try (Statement s = db.createStatement()) {
            s.execute("create temp table if not exists bench_size (code text, n int)");
            s.execute("truncate bench_size");
        }
        try (PreparedStatement insert = db.prepareStatement("insert into bench_size values (?, ?)")) {
            for (int i = 0; i < units.size(); i++) {
                insert.setString(1, units.get(order.get(i)));
                insert.setInt(2, Math.max(0, sizes[i]));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement s = db.createStatement()) {
            s.execute("insert into participation_code (id, round_id, unit_id, code_hash, used)"
                    + " select gen_random_uuid(), '" + round + "', u.id, sha256(convert_to(gen_random_uuid()::text,"
                    + " 'UTF8')), k <= b.n from bench_size b join unit u on u.code = b.code,"
                    + " generate_series(1, b.n + 1 + b.n / 4) k");
            s.execute("insert into response (id, round_id, unit_id, questionnaire_version_id, received_on, age_band,"
                    + " gender, placement_form, placement_time, born_in_sweden, answered_alone)"
                    + " select gen_random_uuid(), r.id, u.id, r.questionnaire_version_id, r.opens_on + (k % 20),"
                    + " (select vals[1 + (hashtextextended(k::text || u.code, 1) & 1023) % cardinality(vals)]"
                    + "   from bench_item where background = 'age-band'),"
                    + " (select vals[1 + (random() * 0.999 * cardinality(vals))::int % cardinality(vals)]"
                    + "   from bench_item where background = 'gender' and k > 0),"
                    + " (select vals[1 + (hashtext(u.code) & 1023) % cardinality(vals)]"
                    + "   from bench_item where background = 'placement-form'),"
                    + " (select vals[1 + (random() * cardinality(vals))::int % cardinality(vals)]"
                    + "   from bench_item where background = 'placement-time' and k > 0),"
                    + " (select vals[1 + (random() * 1.6)::int % cardinality(vals)]"
                    + "   from bench_item where background = 'born-in-sweden' and k > 0),"
                    + " (select vals[1 + (random() * 1.3)::int % cardinality(vals)]"
                    + "   from bench_item where background = 'answered-alone' and k > 0)"
                    + " from bench_size b join unit u on u.code = b.code join round r on r.id = '" + round + "',"
                    + " generate_series(1, b.n) k");
            // Each unit leans one way (its quality), so the answers are skewed per unit, not uniform noise.
            s.execute("insert into answer (response_id, item_id, value)"
                    + " select r.id, i.item_id, i.vals[1 + least(cardinality(i.vals) - 1, floor(cardinality(i.vals)"
                    + "   * power(random(), 0.4 + (hashtext(r.unit_id::text) & 7) * 0.25))::int)]"
                    + " from response r cross join bench_item i where r.round_id = '" + round
                    + "' and i.background is null and random() < 0.93");
            // The submission path refuses an answer to an item whose show-if was not met, and the publication's
            // reader model relies on it (a shown item counts at most its condition's answers): drop those answers,
            // again until none is left, for conditions on conditional items.
            while (s.executeUpdate("delete from answer a using response r, bench_item i where r.id = a.response_id"
                    + " and r.round_id = '" + round + "' and i.item_id = a.item_id and i.cond_item is not null"
                    + " and i.cond_item not in (select item_id from bench_item where background is not null)"
                    + " and not exists (select from answer c where c.response_id = a.response_id"
                    + " and c.item_id = i.cond_item and c.value = any(i.cond_vals))") > 0) {
                // another pass
            }
            s.execute("analyze");
        }
    }

    /** The bench's published rounds, oldest first. */
    private static List<String> closedBenchRounds(Connection db) throws Exception {
        List<String> ids = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery("select r.id from round r join published_round p"
                + " on p.round_id = r.id where r.name like 'Bench %' order by r.name")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static String largestUnit(Connection db, String round) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery("select u.code from response r join unit u"
                + " on u.id = r.unit_id where r.round_id = '" + round + "' group by 1 order by count(*) desc limit 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Object query(Connection db, String sql) throws Exception {
        int rows = 0;
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static double seconds(Callable<?> work) throws Exception {
        long t0 = System.nanoTime();
        work.call();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** p50 and p99 in seconds of n runs after a few unmeasured warm-up runs. */
    private static double[] repeat(int n, Callable<?> work) throws Exception {
        for (int i = 0; i < Math.min(10, n); i++) {
            work.call();
        }
        double[] took = new double[n];
        for (int i = 0; i < n; i++) {
            took[i] = seconds(work);
        }
        Arrays.sort(took);
        return new double[]{took[n / 2], took[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)]};
    }

    private static JsonNode questionnaire(String base) throws Exception {
        JsonNode chosen = null;
        for (JsonNode q : JSON.readTree(get(base + "/api/v1/questionnaires", null))) {
            if (q.get("key").asText().equals("national-13-17") && "published".equals(q.get("status").asText())
                    && (chosen == null || q.get("version").asText().compareTo(chosen.get("version").asText()) > 0)) {
                chosen = q;
            }
        }
        return JSON.readTree(get(base + "/api/v1/questionnaires/" + chosen.get("key").asText() + "/versions/"
                + chosen.get("version").asText() + "?locale=sv", null));
    }

    private static String get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static JsonNode post(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
