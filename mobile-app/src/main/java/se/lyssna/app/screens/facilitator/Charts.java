package se.lyssna.app.screens.facilitator;

import java.io.File;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import se.lyssna.app.facilitator.Figure;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.ui.BarTrack;
import se.lyssna.app.ui.Ui;

/**
 * Bars that read in high contrast and grey-scale print: the figure is always written beside its bar, this round is
 * a filled bar, the round before a light bar with a border, and a hidden figure a striped box with the reason.
 */
final class Charts {
    private Charts() {
    }

    /** One labelled bar: "HVB Solrosen, Demo 2026" above, the bar and "83 % (41 svar)" beside it. */
    static VBox barRow(String label, Figure figure, boolean current, Messages m, String id) {
        Integer percent = figure instanceof Figure.Shown ? ((Figure.Shown) figure).percent() : null;
        BarTrack track = new BarTrack(percent, styleOf(figure, current));
        track.getStyleClass().add(current ? "track-current" : "track-previous");
        HBox.setHgrow(track, Priority.ALWAYS);
        Label value = Ui.text(valueText(figure, m), "bar-value", figure instanceof Figure.Shown ? "shown" : "hidden");
        value.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        value.setId(id + "-value");
        HBox line = new HBox(track, value);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("bar-line");
        VBox row = new VBox(Ui.text(label, "bar-label", current ? "current" : "previous"), line);
        row.getStyleClass().addAll("bar-row", figure instanceof Figure.Shown ? "shown-row" : "suppressed-row");
        row.setId(id);
        row.setAccessibleRole(AccessibleRole.TEXT);
        row.setAccessibleText(label + ": " + valueText(figure, m));
        return row;
    }

    static String styleOf(Figure figure, boolean current) {
        if (figure instanceof Figure.Hidden) {
            return "bar-hidden";
        }
        if (figure instanceof Figure.Unavailable) {
            return "bar-unavailable";
        }
        return current ? "bar-current" : "bar-previous";
    }

    static String valueText(Figure figure, Messages m) {
        if (figure instanceof Figure.Shown) {
            Figure.Shown s = (Figure.Shown) figure;
            return s.answers() == null ? m.format("bar.shown.no-count", s.percent())
                    : m.format("bar.shown", s.percent(), s.answers());
        }
        if (figure instanceof Figure.Hidden) {
            return m.format("bar.hidden", reason(((Figure.Hidden) figure).reason(), m));
        }
        return m.get("bar.unavailable");
    }

    /** The disclosure-control reason in words: too few answers, protects another figure, all answered alike. */
    static String reason(String key, Messages m) {
        String k = "reason." + (key == null ? "unknown" : key);
        return m.has(k) ? m.get(k) : m.get("reason.unknown");
    }

    /** The key to the charts, drawn with the same bars. */
    static Node legend(Messages m, String current, String previous) {
        VBox box = new VBox(Ui.text(m.get("legend.title"), "card-title"),
                sample(m.format("legend.current", current), "bar-current", 0.7));
        if (previous != null) {
            box.getChildren().add(sample(m.format("legend.previous", previous), "bar-previous", 0.6));
        } else {
            box.getChildren().add(Ui.text(m.get("legend.no-previous"), "hint"));
        }
        box.getChildren().addAll(sample(m.get("legend.hidden"), "bar-hidden", 1.0),
                Ui.text(m.get("results.how"), "hint"));
        box.getStyleClass().addAll("card", "legend");
        box.setId("fac-legend");
        return box;
    }

    private static Node sample(String text, String style, double fraction) {
        BarTrack track = new BarTrack((int) Math.round(fraction * 100), style);
        track.getStyleClass().add("track-sample");
        track.setMaxWidth(80);
        track.setMinWidth(80);
        HBox row = new HBox(track, Ui.text(text));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("legend-row");
        return row;
    }

    /** Save the meeting PDF straight to Downloads, or through a file chooser; the outcome in words. */
    static Node pdfButtons(MeetingPdf pdf, Messages m) {
        Button save = Ui.button(m.get("pdf.save"), "secondary");
        save.setId("fac-pdf");
        save.setOnAction(e -> pdf.saveToDownloads());
        Button saveAs = Ui.button(m.get("pdf.save-as"), "secondary");
        saveAs.setId("fac-pdf-as");
        saveAs.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(pdf.fileName());
            File dir = pdf.downloads().toFile();
            if (dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            File target = chooser.showSaveDialog(saveAs.getScene().getWindow());
            if (target != null) {
                pdf.saveTo(target.toPath());
            }
        });
        Label status = Ui.text("", "hint");
        status.setId("fac-pdf-status");
        status.textProperty().bind(pdf.statusProperty());
        status.managedProperty().bind(pdf.statusProperty().isNotEmpty());
        return new VBox(toolbar(save, saveAs), status);
    }

    static FlowPane toolbar(Node... buttons) {
        FlowPane bar = new FlowPane(buttons);
        bar.getStyleClass().add("button-flow");
        for (Node b : buttons) {
            if (b instanceof Button) {
                ((Button) b).setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        return bar;
    }
}
