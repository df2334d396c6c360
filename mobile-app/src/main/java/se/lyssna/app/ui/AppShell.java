package se.lyssna.app.ui;

import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import se.lyssna.app.theme.ThemeStylesheet;
import se.lyssna.app.AppContext;
import se.lyssna.app.i18n.Messages;
import se.lyssna.app.nav.Destination;
import se.lyssna.app.screens.Screen;
import se.lyssna.app.screens.ScreenFactory;
import se.lyssna.app.screens.ShellViewModel;

/** The frame of every screen: a top bar with quick exit, text size and contrast; the screen in a scroll pane. */
public class AppShell {
    static final String STRUCTURE_CSS = "/se/lyssna/app/theme/lyssna.css";

    private final AppContext ctx;
    private final ShellViewModel vm;
    private final ScreenFactory screens;
    private final BorderPane root = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    private final Scene scene;
    private String themeUrl;
    /** A new screen opens at its top even when its first focus (e.g. "Start") is further down. */
    private boolean placingFirstFocus;

    public AppShell(AppContext ctx, double width, double height) {
        this.ctx = ctx;
        this.vm = new ShellViewModel(ctx);
        this.screens = new ScreenFactory(ctx);
        root.getStyleClass().add("shell");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("screen-scroll");
        root.setCenter(scroll);
        scene = new Scene(root, width, height);
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (!placingFirstFocus) {
                ScrollIntoView.of(scroll, now);
            }
        });
        scene.getStylesheets().add(getClass().getResource(STRUCTURE_CSS).toExternalForm());
        applyTheme();
        ctx.settings().highContrastProperty().addListener((o, a, b) -> applyTheme());
        ctx.settings().textScaleProperty().addListener((o, a, b) -> {
            applyTheme();
            show(ctx.navigator().current());
        });
        ctx.settings().languageProperty().addListener((o, a, b) -> show(ctx.navigator().current()));
        ctx.navigator().currentProperty().addListener((o, a, b) -> show(b));
    }

    public Scene scene() {
        return scene;
    }

    public ShellViewModel viewModel() {
        return vm;
    }

    /** Routes to where the child left off (or the start) and shows it. */
    public void startUp() {
        startUp(java.util.Optional.empty());
    }

    /** @param linkedCode the code of the letter's link the app was opened with */
    public void startUp(java.util.Optional<String> linkedCode) {
        vm.startUp(linkedCode);
        show(ctx.navigator().current());
    }

    private void applyTheme() {
        if (themeUrl != null) {
            scene.getStylesheets().remove(themeUrl);
        }
        themeUrl = ctx.stylesheet().dataUrl(ctx.settings().highContrastProperty().get(),
                ctx.settings().textScaleProperty().get());
        scene.getStylesheets().add(0, themeUrl);
    }

    private void show(Destination destination) {
        Messages m = ctx.settings().messages();
        boolean rtl = m.language().rightToLeft() && !Destination.isForAdults(destination);
        // Only a change: setting it makes the scene apply CSS at once, which on the first screen is a whole extra pass.
        NodeOrientation orientation = rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
        if (scene.getEffectiveNodeOrientation() != orientation) {
            scene.setNodeOrientation(orientation);
        }
        // Quick exit lands on a screen with nothing that names the app: no brand, no tools.
        root.setTop(destination instanceof Destination.Neutral ? null : topBar(m));
        screens.readAloud().leave();
        Screen screen = screens.build(destination);
        StackPane holder = new StackPane(screen.root());
        holder.getStyleClass().add("screen-holder");
        StackPane.setAlignment(screen.root(), Pos.TOP_CENTER);
        holder.setId("screen-" + destination.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        scroll.setContent(holder);
        scroll.setVvalue(0);
        if (screen.firstFocus() != null) {
            Platform.runLater(() -> {
                placingFirstFocus = true;
                screen.firstFocus().requestFocus();
                placingFirstFocus = false;
            });
        }
    }

    /**
     * The mark on the leading side, the tools after it; they wrap onto a second row when they do not fit. The bar
     * grows with the text all the way to 200 % (a child who needs large text needs large tools, WCAG 1.4.4); above
     * 150 % the mark, which only decorates, gives its room to the tools and their padding shrinks ("compact"), so
     * they take two rows on a phone, not three.
     */
    private FlowPane topBar(Messages m) {
        double barScale = ctx.settings().textScaleProperty().get();
        PictogramView mark = new PictogramView(ctx.pictograms(), "speech-bubble", m.get("start.mark.alt"),
                32 * barScale);
        int percent = (int) Math.round(ctx.settings().textScaleProperty().get() * 100);
        Button smaller = tool(m.get("shell.text-smaller"), "shell-text-smaller", "tool");
        smaller.setAccessibleText(m.format("shell.text-smaller.help", percent));
        smaller.setDisable(ctx.settings().atSmallest());
        smaller.setOnAction(e -> vm.smallerText());
        Button larger = tool(m.get("shell.text-size"), "shell-text-size", "tool");
        larger.setAccessibleText(m.format("shell.text-size.help", percent));
        larger.setDisable(ctx.settings().atLargest());
        larger.setOnAction(e -> vm.largerText());
        Button contrast = tool(m.get("shell.contrast"), "shell-contrast", "tool");
        contrast.setAccessibleText(m.get("shell.contrast.help"));
        contrast.setOnAction(e -> vm.toggleContrast());
        Button help = tool(m.get("shell.help"), "shell-help", "tool");
        help.setAccessibleHelp(m.get("shell.help.help"));
        help.setOnAction(e -> vm.help());
        Button exit = tool(m.get("shell.quick-exit"), "quick-exit", "quick-exit");
        exit.setAccessibleHelp(m.get("shell.quick-exit.help"));
        exit.setOnAction(e -> vm.quickExit());
        // "A−", "A+" and "◐" are symbols, not words: drawn left to right in Arabic too (not "+A").
        for (Button symbol : new Button[] {smaller, larger, contrast}) {
            symbol.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        }
        Region gap = new Region();
        gap.setMinWidth(4);
        FlowPane bar = barScale > 1.5 ? new FlowPane(smaller, larger, contrast, help, exit)
                : new FlowPane(mark, gap, smaller, larger, contrast, help, exit);
        bar.getStyleClass().addAll("top-bar", "top-tools");
        if (barScale > 1.5) {
            bar.getStyleClass().add("compact");
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;",
                ThemeStylesheet.BASE_FONT_PX * barScale));
        return bar;
    }

    private static Button tool(String text, String id, String style) {
        Button b = Ui.button(text, style);
        b.setId(id);
        b.setMaxWidth(Label.USE_PREF_SIZE);
        b.setMinWidth(Label.USE_PREF_SIZE);
        return b;
    }
}
