package se.lyssna.app.screens;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.survey.Prompt;
import se.lyssna.app.ui.AdaptiveRow;
import se.lyssna.app.ui.PictogramLibrary;
import se.lyssna.app.ui.PictogramView;
import se.lyssna.app.ui.ReadAloudButton;
import se.lyssna.app.ui.StackingRow;
import se.lyssna.app.ui.Ui;

/** One item: progress, picture, text, read-aloud, the answer control for its kind, and the ways on. */
public final class QuestionView {
    private QuestionView() {
    }

    public static Screen build(QuestionViewModel vm, Messages m, PictogramLibrary pictograms, double textScale) {
        Prompt prompt = vm.question().prompt();
        Label counter = Ui.text("", "progress-text");
        counter.setId("question-progress");
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("question-progress-bar");
        Runnable progress = () -> {
            counter.setText(m.format("question.progress", vm.positionProperty().get(), vm.totalProperty().get()));
            bar.setProgress(vm.progress());
            bar.setAccessibleText(counter.getText());
        };
        vm.totalProperty().addListener((o, a, b) -> progress.run());
        vm.positionProperty().addListener((o, a, b) -> progress.run());
        progress.run();

        Label text = Ui.text(prompt.text(), "question-text");
        text.setId("question-text");
        VBox words = new VBox(text, readAloud(vm, m, pictograms));
        words.getStyleClass().add("question-words");
        Node header = prompt.picture()
                .<Node>map(p -> new AdaptiveRow(520 * textScale, List.of(
                        centred(new PictogramView(pictograms, p.pictogram(), p.alt(), 112 * textScale)), words)))
                .orElse(words);

        Node answers = AnswerControls.build(vm, m, pictograms, textScale);
        VBox page = Ui.page(counter, bar, header, answers,
                AnswerControls.waysNotToAnswer(vm, m, pictograms, textScale), nav(vm, m));
        page.getStyleClass().add("question");
        // The first focus goes to read-aloud, not to the first answer: a focus ring there looked like a choice.
        Node readAloud = page.lookup("#question-read-aloud");
        return new Screen(page, vm.hasAudio() && readAloud != null ? readAloud : AnswerControls.firstFocus(answers));
    }

    private static Node centred(Node n) {
        StackPane box = new StackPane(n);
        box.getStyleClass().add("picture-box");
        return box;
    }

    private static Node readAloud(QuestionViewModel vm, Messages m, PictogramLibrary pictograms) {
        Button play = ReadAloudButton.build(vm.readAloud(), m, pictograms, "question-read-aloud", vm::audioPaths);
        if (vm.hasAudio()) {
            return play;
        }
        play.setDisable(true);
        play.setAccessibleHelp(m.get("question.no-audio"));
        // A disabled control shows no tooltip, so the tooltip sits on a wrapper around it.
        StackPane wrapper = new StackPane(play);
        wrapper.setId("question-read-aloud-wrapper");
        wrapper.setMaxWidth(Region.USE_PREF_SIZE);
        Tooltip.install(wrapper, new Tooltip(m.get("question.no-audio")));
        return wrapper;
    }

    private static Node nav(QuestionViewModel vm, Messages m) {
        Button back = Ui.button(m.get("nav.back"), "secondary");
        back.setId("question-back");
        back.setOnAction(e -> vm.back());
        Button next = Ui.button(m.get("nav.next"), "primary");
        next.setId("question-next");
        next.setOnAction(e -> vm.next());
        return new StackingRow(back, next);
    }
}
