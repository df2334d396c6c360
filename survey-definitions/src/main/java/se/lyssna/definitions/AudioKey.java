package se.lyssna.definitions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names the read-aloud audio of one text in one locale by a hash of both, so that a changed text never plays
 * stale audio and a missing file is easy to detect. The accessibility module writes files under these names, the
 * backend serves them and the app plays them.
 */
public final class AudioKey {
    private AudioKey() {
    }

    /** The audio file name (without folder) for a text, e.g. {@code 3f2a9c…e1.mp3}. */
    public static String fileName(String locale, String text) {
        return hash(locale, text) + ".mp3";
    }

    /** The path relative to the audio root: {@code <locale>/<hash>.mp3}. */
    public static String path(String locale, String text) {
        return locale + "/" + fileName(locale, text);
    }

    /** First 20 hex digits of SHA-256 over the locale and the whitespace-normalised text. */
    public static String hash(String locale, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String normalised = locale + "\n" + text.strip().replaceAll("\\s+", " ");
            byte[] bytes = normalised.getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(digest.digest(bytes)).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
