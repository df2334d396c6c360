package se.lyssna.backend.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * For the demo and the tests only: a signing key pair (the demo's adult tokens), a code pepper and a submission-token
 * key generated on first start and kept in a local folder (never in the repository), so tokens and codes stay valid
 * across restarts. Active only when {@code LYSSNA_DEMO_SECRETS=true} (or {@code -Dlyssna.demo-secrets=true});
 * production configures the identity provider's keys, the pepper and the submission key from its secret store.
 */
public class DemoSecretsConfigSource implements ConfigSource {
    private static final String PEPPER = "lyssna.codes.pepper";
    private static final String SUBMISSION_KEY = "lyssna.submission-token.key";
    private final Map<String, String> properties;

    public DemoSecretsConfigSource() {
        this.properties = enabled() ? load(secretsDir()) : Map.of();
    }

    private static boolean enabled() {
        return Boolean.parseBoolean(setting("lyssna.demo-secrets", "LYSSNA_DEMO_SECRETS", "false"));
    }

    private static Path secretsDir() {
        return Path.of(setting("lyssna.secrets-dir", "LYSSNA_SECRETS_DIR", ".lyssna/secrets"));
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property, System.getenv(env));
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Map<String, String> load(Path dir) {
        try {
            Files.createDirectories(dir);
            Path privateKey = dir.resolve("signing-key.pem");
            Path publicKey = dir.resolve("public-key.pem");
            Path pepper = dir.resolve("code-pepper");
            Path submissionKey = dir.resolve("submission-token-key");
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                KeyPair pair = newKeyPair();
                writeAtomically(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                writeAtomically(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            }
            for (Path secret : new Path[] {pepper, submissionKey}) {
                if (!Files.exists(secret)) {
                    byte[] bytes = new byte[32];
                    new SecureRandom().nextBytes(bytes);
                    writeAtomically(secret, Base64.getEncoder().encodeToString(bytes));
                }
            }
            Map<String, String> props = new HashMap<>();
            String ownPublicKey = Files.readString(publicKey);
            // With the demo's identity provider (LYSSNA_JWKS_LOCATION), adults' tokens are checked against its JWKS,
            // as in production; the backend's own tokens against this key (OwnKeyPrincipalFactory).
            String providerKeys = setting("lyssna.jwks-location", "LYSSNA_JWKS_LOCATION", "");
            if (providerKeys.isEmpty()) {
                props.put("mp.jwt.verify.publickey", ownPublicKey);
            } else {
                props.put("mp.jwt.verify.publickey.location", providerKeys);
            }
            props.put("lyssna.jwt.own-verification-key", ownPublicKey);
            props.put("smallrye.jwt.sign.key", Files.readString(privateKey));
            props.put(PEPPER, Files.readString(pepper).strip());
            props.put(SUBMISSION_KEY, Files.readString(submissionKey).strip());
            return props;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create demo secrets in " + dir.toAbsolutePath(), e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.writeString(temp, content);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String name) {
        return properties.get(name);
    }

    @Override
    public String getName() {
        return "lyssna-demo-secrets";
    }

    @Override
    public int getOrdinal() {
        // Below application.properties (250), so explicit configuration always wins.
        return 200;
    }
}
