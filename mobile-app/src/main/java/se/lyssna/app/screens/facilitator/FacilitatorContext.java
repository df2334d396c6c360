package se.lyssna.app.screens.facilitator;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import se.lyssna.app.facilitator.FacilitatorSession;
import se.lyssna.app.nav.Navigator;

/**
 * What the facilitator's view models use, and nothing of the child's survey: the adult's sign-in, navigation,
 * where network calls run and their results come back, and where meeting material is saved.
 */
public record FacilitatorContext(FacilitatorSession facilitator, Navigator navigator, Executor background,
                                 Executor ui, Path downloads) {
}
