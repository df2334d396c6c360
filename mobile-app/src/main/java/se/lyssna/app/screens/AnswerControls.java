package se.lyssna.app.screens;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.survey.AnswerOption;
import se.lyssna.app.survey.ChoiceQuestion;
import se.lyssna.app.survey.LineQuestion;
import se.lyssna.app.survey.NumberQuestion;
import se.lyssna.app.survey.Question;
import se.lyssna.app.survey.TextQuestion;
import se.lyssna.app.ui.AdaptiveRow;
import se.lyssna.app.ui.HasLines;
import se.lyssna.app.ui.PictogramLibrary;
import se.lyssna.app.ui.PictogramView;
import se.lyssna.app.ui.Ui;

/** The answer control for each item kind, chosen by the sealed type. */
final class AnswerControls {
    private AnswerControls() {
    }

    static Node build(QuestionViewModel vm, Messages m, PictogramLibrary pictograms, double textScale) {
        Question q = vm.question();
        if (q instanceof ChoiceQuestion) {
            return choice(vm, (ChoiceQuestion) q, m, pictograms, textScale);
        }
        if (q instanceof LineQuestion) {
            return line(vm, (LineQuestion) q, pictograms, textScale);
        }
        if (q instanceof NumberQuestion) {
            return number(vm, (NumberQuestion) q, m);
        }
        return freeText(vm, (TextQuestion) q, m);
    }

    static Node firstFocus(Node answers) {
        Node first = answers.lookup(".answer");
        return first != null ? first : answers.lookup(".text-input");
    }

    private static Node choice(QuestionViewModel vm, ChoiceQuestion q, Messages m, PictogramLibrary pictograms,
                               double textScale) {
        List<Node> buttons = new ArrayList<>();
        boolean faces = q.answers().stream().anyMatch(o -> o.face() != null);
        for (AnswerOption o : q.answers()) {
            ToggleButton b = Ui.toggle(o.label(), "answer", q.multiple() ? "tick" : "single");
            b.setId("answer-" + o.value());
            if (o.face() != null) {
                Ui.picture(b, new PictogramView(pictograms, o.face(), o.label(), 48 * textScale));
            } else if (q.multiple()) {
                Ui.picture(b, tickBox(b));
            }
            b.setAlignment(Pos.CENTER_LEFT);
            b.setOnAction(e -> vm.choose(o.value()));
            keepSelected(vm, b, o.value());
            buttons.add(b);
        }
        Node box;
        if (faces && !q.multiple() && buttons.size() <= 4) {
            AdaptiveRow row = new AdaptiveRow(Math.max(560, 150 * buttons.size()) * textScale, buttons);
            row.getStyleClass().add("faces");
            box = row;
        } else {
            VBox column = new VBox();
            column.getStyleClass().add("answers");
            column.getChildren().addAll(buttons);
            box = column;
        }
        if (!q.multiple()) {
            return box;
        }
        return new VBox(Ui.text(m.get("question.pick-several"), "hint"), box);
    }

    private static Node line(QuestionViewModel vm, LineQuestion q, PictogramLibrary pictograms, double textScale) {
        FlowPane steps = new FlowPane();
        steps.getStyleClass().add("line-steps");
        if (!q.pictures().isEmpty()) {
            // Every step as tall as one with a face, so the numbers stay on one line.
            steps.getStyleClass().add("with-pictures");
        }
        steps.setAlignment(Pos.CENTER);
        for (int i = q.min(); i <= q.max(); i++) {
            String value = Integer.toString(i);
            ToggleButton b = Ui.toggle(value, "answer", "line-step");
            b.setId("answer-" + value);
            String picture = q.pictures().get(i);
            if (picture != null) {
                String alt = i == q.min() ? q.minLabel() : i == q.max() ? q.maxLabel() : value;
                Ui.picture(b, new PictogramView(pictograms, picture, alt, 28 * textScale));
                // The face above its number, as faces side by side are (HasLines keeps it there on focus too).
                b.pseudoClassStateChanged(HasLines.WIDE, true);
            }
            b.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            b.setMaxWidth(Double.NEGATIVE_INFINITY);
            b.setOnAction(e -> vm.choose(value));
            keepSelected(vm, b, value);
            steps.getChildren().add(b);
        }
        Label min = Ui.text(q.min() + " = " + q.minLabel(), "hint");
        Label max = Ui.text(q.max() + " = " + q.maxLabel(), "hint");
        return new VBox(min, steps, max);
    }

    private static Node number(QuestionViewModel vm, NumberQuestion q, Messages m) {
        TextField field = new TextField(vm.currentNumber().map(String::valueOf).orElse(""));
        field.setId("number-field");
        field.getStyleClass().add("number-field");
        field.setAccessibleText(q.prompt().text());
        field.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,4}") ? c : null));
        field.textProperty().addListener((o, was, now) -> vm.setNumber(now));
        Button minus = Ui.button("−", "secondary", "stepper");
        minus.setId("number-minus");
        minus.setAccessibleText(m.get("number.less"));
        Button plus = Ui.button("+", "secondary", "stepper");
        plus.setId("number-plus");
        plus.setAccessibleText(m.get("number.more"));
        Consumer<Integer> step = d -> {
            vm.step(d);
            field.setText(vm.currentNumber().map(String::valueOf).orElse(""));
        };
        minus.setOnAction(e -> step.accept(-1));
        plus.setOnAction(e -> step.accept(1));
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(minus, field, plus);
        row.getStyleClass().add("number-row");
        row.setAlignment(Pos.CENTER);
        return new VBox(row, Ui.text(m.get("number.guess"), "hint"));
    }

    private static Node freeText(QuestionViewModel vm, TextQuestion q, Messages m) {
        TextArea area = new TextArea(vm.selectedProperty().isEmpty() ? "" : vm.selectedProperty().get(0));
        area.setId("free-text");
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setAccessibleText(q.prompt().text());
        area.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().length() <= q.maxLength()
                ? c : null));
        Label counter = Ui.text("", "hint");
        counter.setId("free-text-counter");
        Runnable count = () -> counter.setText(m.format("text.remaining", vm.remainingCharacters()));
        area.textProperty().addListener((o, was, now) -> {
            vm.setText(now);
            count.run();
        });
        count.run();
        return new VBox(Ui.text(m.get("text.no-names"), "note"), area, counter);
    }

    /** "Don't know" (where the scale has it) and "I don't want to answer". */
    static Node waysNotToAnswer(QuestionViewModel vm, Messages m, PictogramLibrary pictograms, double textScale) {
        List<Node> buttons = new ArrayList<>();
        Optional<AnswerOption> dontKnow = vm.question().prompt().dontKnow();
        dontKnow.ifPresent(o -> {
            ToggleButton b = Ui.toggle(o.label(), "answer", "way-out");
            b.setId("answer-dont-know");
            if (o.face() != null) {
                Ui.picture(b, new PictogramView(pictograms, o.face(), o.label(), 40 * textScale));
            }
            b.setOnAction(e -> vm.dontKnow());
            keepSelected(vm, b, o.value());
            buttons.add(b);
        });
        String noAnswerLabel = vm.question().prompt().noAnswer().map(AnswerOption::label)
                .filter(l -> !l.isBlank()).orElse(m.get("question.no-answer"));
        Button skip = Ui.button(noAnswerLabel, "secondary", "way-out");
        skip.setId("answer-no-answer");
        vm.question().prompt().noAnswer().map(AnswerOption::face).ifPresent(face ->
                Ui.picture(skip, new PictogramView(pictograms, face, noAnswerLabel, 40 * textScale)));
        skip.setOnAction(e -> vm.noAnswer());
        buttons.add(skip);
        AdaptiveRow row = new AdaptiveRow(480 * textScale, buttons);
        row.getStyleClass().add("ways-out");
        return row;
    }

    /** A box that shows a tick when the option is chosen: "pick several" looks different from "pick one". */
    private static Node tickBox(ToggleButton b) {
        SVGPath tick = new SVGPath();
        tick.setContent("M3 11 L9 17 L21 4");
        tick.getStyleClass().add("tick-mark");
        tick.visibleProperty().bind(b.selectedProperty());
        StackPane box = new StackPane(tick);
        box.getStyleClass().add("tick-box");
        box.setMinSize(28, 28);
        box.setPrefSize(28, 28);
        box.setMaxSize(28, 28);
        return box;
    }

    private static void keepSelected(QuestionViewModel vm, ToggleButton b, String value) {
        b.setSelected(vm.selectedProperty().contains(value));
        vm.selectedProperty().addListener((ListChangeListener<String>) c ->
                b.setSelected(vm.selectedProperty().contains(value)));
        // A second tap on the chosen answer keeps it chosen (the view model decides, not the toggle).
        b.selectedProperty().addListener((o, was, now) -> {
            if (now != vm.selectedProperty().contains(value)) {
                b.setSelected(vm.selectedProperty().contains(value));
            }
        });
    }
}
