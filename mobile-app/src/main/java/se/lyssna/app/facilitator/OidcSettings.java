package se.lyssna.app.facilitator;

import java.net.URI;

/**
 * Where adults sign in: the organisation's OpenID Connect provider (the issuer URL) and the app's public client
 * there, registered with the redirect URIs of {@link SystemBrowserSignIn} (a loopback address on desktop, the
 * custom scheme on Android and iOS). From {@code -Dlyssna.oidc.url} / {@code LYSSNA_OIDC_URL} and
 * {@code -Dlyssna.oidc.app-client-id} / {@code LYSSNA_OIDC_APP_CLIENT_ID}; the defaults are the demo's provider.
 */
public record OidcSettings(URI issuer, String clientId) {
    public static final String DEFAULT_ISSUER = "http://localhost:8180/lyssna";
    public static final String DEFAULT_CLIENT_ID = "lyssna-app";
    /** The redirect the phones' operating systems hand back to the app (AndroidManifest.xml, Default-Info.plist). */
    public static final URI MOBILE_REDIRECT = URI.create("se.lyssna.app:/oauth2redirect");

    public static OidcSettings fromEnvironment() {
        return new OidcSettings(URI.create(setting("lyssna.oidc.url", "LYSSNA_OIDC_URL", DEFAULT_ISSUER)),
                setting("lyssna.oidc.app-client-id", "LYSSNA_OIDC_APP_CLIENT_ID", DEFAULT_CLIENT_ID));
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
