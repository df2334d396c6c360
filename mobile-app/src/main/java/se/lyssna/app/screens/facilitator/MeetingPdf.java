package se.lyssna.app.screens.facilitator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import se.lyssna.app.i18n.Messages;

/** Fetches the council's meeting material (GET …/meeting.pdf?round=) and saves it where the adult chose. */
public class MeetingPdf {
    private final FacilitatorContext ctx;
    private final Messages m;
    private final String roundId;
    private final String unitCode;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper savedTo = new ReadOnlyStringWrapper("");

    MeetingPdf(FacilitatorContext ctx, Messages m, String roundId, String unitCode) {
        this.ctx = ctx;
        this.m = m;
        this.roundId = roundId;
        this.unitCode = unitCode;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The path of the last saved file, empty before. */
    public ReadOnlyStringProperty savedToProperty() {
        return savedTo.getReadOnlyProperty();
    }

    public String fileName() {
        return "lyssna-mote-" + unitCode.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
    }

    /** The user's Downloads folder (or the configured one). */
    public Path downloads() {
        return ctx.downloads();
    }

    public void saveToDownloads() {
        saveTo(downloads().resolve(fileName()));
    }

    public void saveTo(Path target) {
        status.set(m.get("pdf.saving"));
        Async.run(ctx, () -> write(target), path -> {
            savedTo.set(path.toString());
            status.set(m.format("pdf.saved", path));
        }, e -> status.set(m.format("pdf.failed", Async.describe(e, m))));
    }

    private Path write(Path target) throws IOException {
        byte[] pdf = ctx.facilitator().client().meetingPdf(ctx.facilitator().token(), unitCode, roundId);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".lyssna-mote", ".tmp");
        Files.write(tmp, pdf);
        return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
