package se.lyssna.app.screens.facilitator;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.screens.Screen;
import se.lyssna.app.ui.Ui;

/** For adults: sign in at the organisation's provider in the browser, or as a demo facilitator where offered. */
public final class FacilitatorSignInView {
    private FacilitatorSignInView() {
    }

    public static Screen build(FacilitatorSignInViewModel vm, Messages m) {
        Button signIn = Ui.button(m.get("signin.submit"), "primary");
        signIn.setId("fac-sign-in");
        signIn.disableProperty().bind(vm.busyProperty());
        signIn.setOnAction(e -> vm.signIn());
        Label waiting = Ui.text(m.get("signin.browser.waiting"), "hint");
        waiting.visibleProperty().bind(vm.busyProperty());
        waiting.managedProperty().bind(waiting.visibleProperty());
        Label error = Ui.text("", "error");
        error.setId("fac-sign-in-error");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        TextField units = new TextField();
        units.setId("fac-demo-units");
        units.textProperty().bindBidirectional(vm.demoUnitsProperty());
        Label unitsLabel = Ui.text(m.get("signin.demo.units"), "field-label");
        unitsLabel.setLabelFor(units);
        Button demo = Ui.button("", "secondary");
        demo.setId("fac-demo-sign-in");
        demo.textProperty().bind(Bindings.createStringBinding(() -> m.format("signin.demo.button",
                String.join(", ", vm.demoUnitList())), vm.demoUnitsProperty()));
        demo.disableProperty().bind(vm.busyProperty().or(vm.demoUnitsProperty().isEmpty()));
        demo.setOnAction(e -> vm.demoSignIn());
        VBox demoBox = new VBox(Ui.text(m.get("signin.demo.title"), "card-title"), unitsLabel, units, demo);
        demoBox.getStyleClass().add("card");
        demoBox.setId("fac-demo");
        demoBox.visibleProperty().bind(vm.demoOfferedProperty());
        demoBox.managedProperty().bind(demoBox.visibleProperty());

        Button back = Ui.button(m.get("signin.back"), "secondary");
        back.setId("fac-back");
        back.setOnAction(e -> vm.back());
        VBox page = Ui.page(Ui.heading(m.get("signin.title")), Ui.text(m.get("signin.lead"), "lead"),
                Ui.text(m.get("signin.browser"), "hint"), signIn, waiting, Ui.text(m.get("signin.memory"), "hint"),
                error, demoBox, back);
        page.getStyleClass().add("facilitator");
        page.setId("fac-sign-in-screen");
        vm.probeDemo();
        return new Screen(page, signIn);
    }
}
