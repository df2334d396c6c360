package se.lyssna.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.lyssna.accessibility.theme.ThemeTokens;
import se.lyssna.app.theme.ThemeStylesheet;

/**
 * Every Arabic string of the questionnaires and the app, laid out in a right-to-left screen at several widths
 * with the app's stylesheet: on each line, what is drawn from left to right must be the runs in the visual order
 * that java.text.Bidi gives for that line, each run's characters in its direction, nothing outside the label and
 * no character lost or doubled.
 */
@ExtendWith(ApplicationExtension.class)
class BidiOrderTest {
    private static final double[] WIDTHS = {140, 220, 320};

    private StackPane holder;

    @Start
    void start(Stage stage) {
        holder = new StackPane();
        holder.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        Scene scene = new Scene(holder, 400, 800);
        scene.getStylesheets().add(new ThemeStylesheet(ThemeTokens.load()).dataUrl(false, 1.0));
        scene.getStylesheets().add(getClass().getResource(AppShell.STRUCTURE_CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyArabicString_atEveryWidth_isDrawnInBidiVisualOrder(FxRobot robot) {
        Set<String> strings = arabicStrings();
        assertThat(strings).hasSizeGreaterThan(200);
        List<String> failures = new ArrayList<>();
        robot.interact(() -> {
            for (String s : strings) {
                for (double width : WIDTHS) {
                    check(s, width, failures);
                }
            }
        });
        assertThat(failures).as("lines out of Bidi order (" + failures.size() + ")").isEmpty();
    }

    private void check(String s, double width, List<String> failures) {
        Label label = Ui.text(s);
        label.setMaxWidth(width);
        label.setPrefWidth(width);
        label.setMinWidth(width);
        holder.getChildren().setAll(label);
        holder.applyCss();
        holder.layout();
        holder.layout();
        List<Piece> pieces = pieces(label);
        Bounds box = label.localToScene(label.getLayoutBounds());
        for (Piece p : pieces) {
            if (p.onScreen() && (p.minX() < box.getMinX() - 1 || p.maxX() > box.getMaxX() + 1)) {
                failures.add(width + "px, drawn outside the label: «" + s.substring(p.start(), p.end()) + "» in «"
                        + s + "»");
                return;
            }
        }
        int[] count = new int[s.length()];
        pieces.forEach(p -> {
            for (int i = p.start(); i < p.end(); i++) {
                count[i]++;
            }
        });
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i)) && count[i] != 1) {
                failures.add(width + "px, character " + i + " drawn " + count[i] + " times in «" + s + "»");
                return;
            }
        }
        for (List<Piece> line : lines(pieces)) {
            String problem = outOfOrder(s, line);
            if (problem != null) {
                failures.add(width + "px, " + problem + " in «" + s + "»");
                return;
            }
        }
    }

    /** Null when the line's pieces, left to right, follow Bidi's visual runs of that line. */
    private static String outOfOrder(String s, List<Piece> line) {
        line.sort(Comparator.comparingDouble(Piece::minX));
        int start = line.stream().mapToInt(Piece::start).min().orElse(0);
        int end = line.stream().mapToInt(Piece::end).max().orElse(0);
        int paragraphStart = s.lastIndexOf('\n', start - 1) + 1;
        int paragraphEnd = s.indexOf('\n', end) < 0 ? s.length() : s.indexOf('\n', end);
        Bidi paragraph = new Bidi(s.substring(paragraphStart, paragraphEnd), Bidi.DIRECTION_RIGHT_TO_LEFT);
        Bidi bidi = paragraph.createLineBidi(start - paragraphStart, end - paragraphStart);
        int runs = bidi.getRunCount();
        Integer[] visual = new Integer[runs];
        byte[] levels = new byte[runs];
        for (int i = 0; i < runs; i++) {
            visual[i] = i;
            levels[i] = (byte) bidi.getRunLevel(i);
        }
        Bidi.reorderVisually(levels, 0, visual, 0, runs);
        int[] placeOf = new int[runs];
        for (int v = 0; v < runs; v++) {
            placeOf[visual[v]] = v;
        }
        int lastPlace = -1;
        int lastStart = -1;
        for (Piece p : line) {
            if (s.substring(p.start(), p.end()).isBlank()) {
                continue;
            }
            int run = runOf(bidi, p.start() - start);
            int place = placeOf[run];
            boolean rtl = (bidi.getRunLevel(run) & 1) == 1;
            boolean backwards = p.onScreen() && (rtl ? p.start() > lastStart : p.start() < lastStart);
            if (place < lastPlace || place == lastPlace && backwards) {
                return "«" + s.substring(p.start(), p.end()) + "» drawn out of order on «" + s.substring(start, end)
                        + "»";
            }
            lastPlace = place;
            lastStart = p.start();
        }
        return null;
    }

    private static int runOf(Bidi bidi, int offset) {
        for (int i = 0; i < bidi.getRunCount(); i++) {
            if (offset >= bidi.getRunStart(i) && offset < bidi.getRunLimit(i)) {
                return i;
            }
        }
        return bidi.getRunCount() - 1;
    }

    /** What is drawn: one piece per run node, or per character of a plain JavaFX text node. */
    record Piece(int start, int end, double minX, double maxX, double centreY, boolean onScreen) {
    }

    private static List<Piece> pieces(Node root) {
        List<Piece> out = new ArrayList<>();
        for (Text t : texts(root, new ArrayList<>())) {
            Object start = t.getProperties().get(TextLines.SOURCE_START);
            if (start != null && (Integer) start < 0) {
                continue;
            }
            if (start != null) {
                Bounds b = t.localToScene(t.getLayoutBounds());
                int from = (Integer) start;
                out.add(new Piece(from, from + t.getText().length(), b.getMinX(), b.getMaxX(), b.getCenterY(), true));
                continue;
            }
            String shown = t.getText();
            for (int i = 0; i < shown.length(); i++) {
                if (shown.charAt(i) == '\n') {
                    continue;
                }
                // rangeShape is in the text's own visual (left-to-right) layout; the right-to-left node's
                // mirroring would flip it again, so only its order is compared, not its place on the screen.
                Bounds b = new Path(t.rangeShape(i, i + 1)).getBoundsInLocal();
                out.add(new Piece(i, i + 1, b.getMinX(), b.getMaxX(), b.getCenterY(), false));
            }
        }
        return out;
    }

    private static List<Text> texts(Node node, List<Text> into) {
        if (node instanceof Text && node.isVisible()) {
            into.add((Text) node);
        } else if (node instanceof Parent) {
            ((Parent) node).getChildrenUnmodifiable().forEach(c -> texts(c, into));
        }
        return into;
    }

    private static List<List<Piece>> lines(List<Piece> pieces) {
        TreeMap<Long, List<Piece>> byLine = new TreeMap<>();
        for (Piece p : pieces) {
            byLine.computeIfAbsent(Math.round(p.centreY() / 4), k -> new ArrayList<>()).add(p);
        }
        return new ArrayList<>(byLine.values());
    }

    static Set<String> arabicStrings() {
        Set<String> out = new LinkedHashSet<>();
        Properties app = new Properties();
        try (InputStream in = BidiOrderTest.class.getResourceAsStream("/se/lyssna/app/i18n/messages_ar.properties")) {
            app.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<Object, Object> e : new TreeMap<>(app).entrySet()) {
            out.add(e.getValue().toString().replaceAll("\\{[^}]*}", "12"));
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String file : List.of("scales.yaml", "national-7-12_2026.1.yaml", "national-13-17_2025.1.yaml",
                "national-13-17_2026.1.yaml", "national-18-21_2026.1.yaml")) {
            try (InputStream in = BidiOrderTest.class.getResourceAsStream("/questionnaires/" + file)) {
                collectArabic(yaml.readTree(in), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    private static void collectArabic(JsonNode node, Set<String> out) {
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if ("ar".equals(e.getKey())) {
                JsonNode text = v.isTextual() ? v : v.path("text");
                if (text.isTextual()) {
                    out.add(text.asText());
                }
            }
        });
        node.elements().forEachRemaining(child -> collectArabic(child, out));
    }
}
