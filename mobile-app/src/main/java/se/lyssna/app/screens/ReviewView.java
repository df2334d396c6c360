package se.lyssna.app.screens;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import se.lyssna.app.audio.ReadAloud;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.ui.PictogramLibrary;
import se.lyssna.app.ui.ReadAloudButton;
import se.lyssna.app.ui.StackingRow;
import se.lyssna.app.ui.Ui;
import se.lyssna.definitions.SpokenPattern;

/** What still needs an answer (each a tap away), every question shown and its answer, then send. */
public final class ReviewView {
    private ReviewView() {
    }

    public static Screen build(ReviewViewModel vm, Messages m, PictogramLibrary pictograms, ReadAloud readAloud) {
        List<ReviewViewModel.Row> rows = vm.rows();
        String summary = m.format("review.summary", vm.answeredCount(), rows.size());
        List<String> said = new ArrayList<>(List.of(m.get("review.title")));
        said.addAll(SpokenPattern.parts(m.get("review.summary"), m.language().bundleLocale(), vm.answeredCount(),
                rows.size()));
        VBox page = Ui.page(Ui.heading(m.get("review.title")),
                ReadAloudButton.build(readAloud, m, pictograms, "review-read-aloud", () -> Speech.paths(m, said)),
                Ui.text(summary, "lead"));
        Button first = null;
        List<ReviewViewModel.Row> missing = vm.missing();
        if (!missing.isEmpty()) {
            VBox box = new VBox(Ui.text(m.get("review.missing.title"), "card-title"));
            box.getStyleClass().addAll("card", "missing");
            box.setId("review-missing");
            said.add(m.get("review.missing.title"));
            for (ReviewViewModel.Row row : missing) {
                Button go = Ui.button(m.format("review.missing.go", row.question()), "primary");
                go.setId("review-missing-" + row.itemId());
                go.setMaxWidth(Double.MAX_VALUE);
                go.setOnAction(e -> vm.edit(row.itemId()));
                box.getChildren().add(go);
                said.add(row.question());
                first = first == null ? go : first;
            }
            page.getChildren().add(box);
        }
        for (ReviewViewModel.Row row : rows) {
            String answer = row.missing() ? m.get("review.required")
                    : row.answers().isEmpty() ? m.get("review.skipped") : String.join(", ", row.answers());
            said.add(row.question());
            said.addAll(row.missing() || row.answers().isEmpty() ? List.of(answer) : row.spokenAnswers());
            Button change = Ui.button(m.get("review.change"), "secondary", "small");
            change.setId("review-change-" + row.itemId());
            change.setAccessibleText(m.get("review.change") + ": " + row.question());
            change.setMaxWidth(Double.MAX_VALUE);
            change.setOnAction(e -> vm.edit(row.itemId()));
            VBox card = new VBox(Ui.text(row.question(), "card-title"),
                    Ui.text(answer, row.missing() ? "error" : row.answers().isEmpty() ? "hint" : "answer-text"),
                    change);
            card.getStyleClass().add("card");
            if (row.missing()) {
                card.getStyleClass().add("missing");
            }
            page.getChildren().add(card);
        }
        Button back = Ui.button(m.get("nav.back"), "secondary");
        back.setId("review-back");
        back.setOnAction(e -> vm.back());
        Button send = Ui.button(m.get("review.send"), "primary");
        send.setId("review-send");
        send.setOnAction(e -> vm.send());
        send.setDisable(!vm.canSend());
        StackingRow nav = new StackingRow(back, send);
        String hint = m.get(vm.canSend() ? "review.send-hint" : "review.missing-hint");
        said.add(hint);
        page.getChildren().addAll(Ui.text(hint, vm.canSend() ? "hint" : "error"), nav);
        return new Screen(page, first != null ? first : send);
    }
}
