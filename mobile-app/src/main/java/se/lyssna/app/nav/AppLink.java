package se.lyssna.app.nav;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The link in the code letter's QR code ({@code …/svara?kod=ABCD-EFGH-JKLM}): the code it carries. */
public final class AppLink {
    private AppLink() {
    }

    /** The code of a letter's link, or empty for anything else (a link never fills in more than a code). */
    public static Optional<String> code(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            String query = URI.create(link.strip()).getRawQuery();
            if (query == null) {
                return Optional.empty();
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                if (eq > 0 && (key.equals("kod") || key.equals("code"))) {
                    String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).strip();
                    return value.matches("[A-Za-z0-9 -]{1,40}") ? Optional.of(value) : Optional.empty();
                }
            }
        } catch (IllegalArgumentException e) {
            // Not a link at all: ignore it, as a link the app does not know.
        }
        return Optional.empty();
    }
}
