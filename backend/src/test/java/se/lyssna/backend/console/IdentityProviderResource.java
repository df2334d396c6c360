package se.lyssna.backend.console;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts the demo identity provider on a free port and points the console's OIDC tenant at it. */
public class IdentityProviderResource implements QuarkusTestResourceLifecycleManager {
    private DemoIdentityProvider provider;

    @Override
    public Map<String, String> start() {
        provider = DemoIdentityProvider.start();
        return Map.of("quarkus.oidc.auth-server-url", provider.issuer());
    }

    @Override
    public void stop() {
        if (provider != null) {
            provider.close();
        }
    }
}
