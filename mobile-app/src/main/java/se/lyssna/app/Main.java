package se.lyssna.app;

import javafx.application.Application;

/** Launcher (a plain main class, so the app also starts from a classpath jar without module flags). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartupClock.markMain();
        Shipped.preload();
        Application.launch(LyssnaApp.class, args);
    }
}
