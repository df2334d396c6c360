package se.lyssna.backend.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Which units the caller may see: all for a survey admin, the token's {@code units} claim for a facilitator. */
@RequestScoped
public class CallerUnits {
    private final JsonWebToken token;

    CallerUnits(JsonWebToken token) {
        this.token = token;
    }

    public boolean isAdmin() {
        return token.getGroups().contains(Roles.SURVEY_ADMIN);
    }

    public Set<String> units() {
        Object claim = token.getClaim(Roles.UNITS_CLAIM);
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                    .collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof java.util.Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    public boolean maySee(String unitCode) {
        return isAdmin() || units().contains(unitCode);
    }

    /** Throws 403 unless the caller may see the unit. */
    public void requireAccessTo(String unitCode) {
        if (!maySee(unitCode)) {
            throw new ForbiddenException("not your unit");
        }
    }
}
