package se.lyssna.accessibility.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the length of a PCM WAV file from its header. */
final class Wav {

    private Wav() {
    }

    /** Seconds of sound in a RIFF/WAVE file. */
    static double durationSeconds(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("RIFF")) {
            throw new IOException(file + " is not a WAV file");
        }
        int byteRate = 0;
        int pos = 12;
        while (pos + 8 <= bytes.length) {
            String id = new String(bytes, pos, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size = Integer.toUnsignedLong(buf.getInt(pos + 4));
            if (id.equals("fmt ")) {
                byteRate = buf.getInt(pos + 16);
            } else if (id.equals("data")) {
                long available = bytes.length - (pos + 8L);
                // espeak-ng writing to a pipe leaves the size unset; then the rest of the file is the data.
                long data = size == 0 || size > available ? available : size;
                return byteRate == 0 ? 0 : (double) data / byteRate;
            }
            pos += 8 + (int) (size + (size & 1));
        }
        throw new IOException(file + " has no data chunk");
    }
}
