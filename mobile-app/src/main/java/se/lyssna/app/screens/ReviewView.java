package se.lyssna.app.screens;

import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.ui.Ui;

/** Every question shown and its answer, each with a button to change it; then send. */
public final class ReviewView {
    private ReviewView() {
    }

    public static Screen build(ReviewViewModel vm, Messages m) {
        VBox page = Ui.page(Ui.heading(m.get("review.title")),
                Ui.text(m.format("review.summary", vm.answeredCount(), vm.rows().size()), "lead"));
        for (ReviewViewModel.Row row : vm.rows()) {
            String answer = row.missing() ? m.get("review.required")
                    : row.answers().isEmpty() ? m.get("review.skipped") : String.join(", ", row.answers());
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
        HBox.setHgrow(back, Priority.ALWAYS);
        HBox.setHgrow(send, Priority.ALWAYS);
        HBox nav = new HBox(back, send);
        nav.getStyleClass().add("nav-row");
        page.getChildren().addAll(Ui.text(m.get(vm.canSend() ? "review.send-hint" : "review.missing-hint"),
                vm.canSend() ? "hint" : "error"), nav);
        return new Screen(page, send);
    }
}
