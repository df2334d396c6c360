package se.lyssna.app.ui;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small factories so that every label wraps and every control is a large enough touch target. */
public final class Ui {
    private Ui() {
    }

    /** A label that wraps and never shrinks below its text (so 200 % text grows the page instead of clipping). */
    public static Label text(String text, String... styles) {
        Label label = new BidiWrapLabel(text);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().addAll(styles);
        return label;
    }

    public static Label heading(String text) {
        Label label = text(text, "heading");
        label.setAccessibleRole(AccessibleRole.TEXT);
        return label;
    }

    public static Button button(String text, String... styles) {
        Button button = new WrapButton(text);
        sized(button);
        button.getStyleClass().addAll(styles);
        return button;
    }

    public static ToggleButton toggle(String text, String... styles) {
        ToggleButton button = new WrapToggle(text);
        sized(button);
        button.getStyleClass().addAll(styles);
        return button;
    }

    private static void sized(javafx.scene.control.ButtonBase button) {
        button.setWrapText(true);
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMnemonicParsing(false);
    }

    /** A picture on the leading side of a button's words (the words wrap beside it). */
    public static void picture(javafx.scene.control.Labeled labeled, Node picture) {
        ((HasLines) labeled).lines().setPicture(picture);
    }

    /** A screen's column: spaced, padded, at most about 46em wide and centred on tablets. */
    public static VBox page(Node... children) {
        VBox page = new VBox(children);
        page.getStyleClass().add("page");
        page.setFillWidth(true);
        page.setAlignment(Pos.TOP_CENTER);
        page.setMaxWidth(Region.USE_PREF_SIZE);
        page.setPrefWidth(Region.USE_COMPUTED_SIZE);
        return page;
    }

    public static Region grow() {
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox.setVgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
