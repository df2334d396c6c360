package se.lyssna.app.nav;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The typed navigation model: which screen is shown. Injected into view models; the shell listens. */
public class Navigator {
    private final ReadOnlyObjectWrapper<Destination> current = new ReadOnlyObjectWrapper<>(new Destination.Start());

    public ReadOnlyObjectProperty<Destination> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Destination current() {
        return current.get();
    }

    public void go(Destination destination) {
        current.set(destination);
    }
}
