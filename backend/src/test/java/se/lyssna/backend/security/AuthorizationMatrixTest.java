package se.lyssna.backend.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lyssna.backend.support.TestApi;

/**
 * Every operation of the published OpenAPI document, called with every kind of caller, must answer as its declared
 * security says: 401 (with a challenge) for no or a bad token, 403 for a valid token without the role or the unit,
 * and neither for the roles it names. No call may give 5xx. A new endpoint is in the matrix without any work.
 */
@QuarkusTest
class AuthorizationMatrixTest {
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    /** Seeds whole demo rounds when allowed; its refusals are still checked. */
    private static final Set<String> NOT_RUN_WHEN_ALLOWED = Set.of("POST /api/v1/demo/results");

    private static String unit;
    private static String otherUnit;
    private static UUID round;
    private static Map<String, String> callers;

    enum Expect { PUBLIC, UNAUTHORIZED, FORBIDDEN, ALLOWED }

    @BeforeEach
    void callers() throws Exception {
        if (callers != null) {
            return;
        }
        unit = TestApi.newCareUnit("hvb");
        otherUnit = TestApi.newCareUnit("hvb");
        round = TestApi.openRound(unit, otherUnit);
        String submission = TestApi.submissionToken(TestApi.codes(round, unit, 1).get(0));
        var otherKey = KeyPairGenerator.getInstance("RSA");
        otherKey.initialize(2048);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("none", null);
        callers.put("garbage", "not.a.jwt");
        callers.put("alg-none", unsigned());
        callers.put("expired", Jwt.subject("old").groups(Set.of(Roles.SURVEY_ADMIN)).audience("lyssna-api")
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).jws()
                .keyId("lyssna").sign());
        callers.put("other-key", Jwt.subject("mallory").groups(Set.of(Roles.SURVEY_ADMIN)).audience("lyssna-api")
                .expiresIn(600).jws().keyId("lyssna").sign(otherKey.generateKeyPair().getPrivate()));
        callers.put("wrong-audience", Jwt.subject("elsewhere").groups(Set.of(Roles.SURVEY_ADMIN))
                .audience("some-other-service").expiresIn(600).jws().keyId("lyssna").sign());
        callers.put("submission-as-admin", Jwt.subject(UUID.randomUUID().toString())
                .groups(Set.of(Roles.SUBMITTER, Roles.SURVEY_ADMIN)).audience(TokenIssuer.SUBMISSION_AUDIENCE)
                .expiresIn(600).jws().keyId("lyssna").sign());
        callers.put("submission", submission);
        callers.put("facilitator-other-unit", TestApi.facilitatorToken(otherUnit));
        callers.put("facilitator", TestApi.facilitatorToken(unit));
        callers.put("admin", TestApi.adminToken());
        AuthorizationMatrixTest.callers = callers;
    }

    private static String unsigned() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"https://lyssna.se/auth\",\"sub\":\"x\",\"aud\":\"lyssna-api\","
                + "\"groups\":[\"survey-admin\"],\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    @Test
    void everyOperationTimesEveryCaller_answersAsItsSecuritySays() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString()).get("paths");
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                Set<String> roles = roles(operation);
                String name = method.toUpperCase() + " " + path.getKey();
                for (Map.Entry<String, String> caller : callers.entrySet()) {
                    Expect expect = expected(roles, caller.getKey(), path.getKey(), operation);
                    if (expect == Expect.ALLOWED && NOT_RUN_WHEN_ALLOWED.contains(name)) {
                        continue;
                    }
                    Response response = call(method, path.getKey(), operation, caller.getValue());
                    calls++;
                    String problem = check(expect, response);
                    if (problem != null) {
                        wrong.add(name + " as " + caller.getKey() + ": " + problem);
                    }
                }
            }
        }
        assertThat(calls).as("calls made").isGreaterThan(200);
        assertThat(wrong).as("answers that contradict the OpenAPI document").isEmpty();
    }

    @Test
    void publicActions_areDeclaredPublic() throws Exception {
        JsonNode operation = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString())
                .at("/paths/~1api~1v1~1units~1{unit}~1actions~1public/get");
        assertThat(roles(operation)).as("roles the document asks for").isEmpty();
        given().get("/api/v1/units/" + unit + "/actions/public").then().statusCode(200);
    }

    private static Set<String> roles(JsonNode operation) {
        Set<String> roles = new HashSet<>();
        JsonNode security = operation.get("security");
        if (security != null) {
            security.forEach(requirement -> requirement.forEach(scopes -> scopes.forEach(s -> roles.add(s.asText()))));
        }
        return roles;
    }

    private static Expect expected(Set<String> roles, String caller, String path, JsonNode operation) {
        if (roles.isEmpty()) {
            return Expect.PUBLIC;
        }
        return switch (caller) {
            case "none", "garbage", "alg-none", "expired", "other-key", "wrong-audience", "submission-as-admin" ->
                    Expect.UNAUTHORIZED;
            case "submission" -> roles.contains(Roles.SUBMITTER) ? Expect.ALLOWED : Expect.FORBIDDEN;
            case "facilitator-other-unit" -> !roles.contains(Roles.FACILITATOR) || unitScoped(path, operation)
                    ? Expect.FORBIDDEN : Expect.ALLOWED;
            case "facilitator" -> roles.contains(Roles.FACILITATOR) ? Expect.ALLOWED : Expect.FORBIDDEN;
            case "admin" -> roles.contains(Roles.SURVEY_ADMIN) ? Expect.ALLOWED : Expect.FORBIDDEN;
            default -> throw new IllegalArgumentException(caller);
        };
    }

    /** The operation names a unit (in the path, or as the unit query parameter the matrix then sends). */
    private static boolean unitScoped(String path, JsonNode operation) {
        return path.contains("{unit}") || hasQueryUnit(operation);
    }

    private static boolean hasQueryUnit(JsonNode operation) {
        JsonNode parameters = operation.get("parameters");
        if (parameters != null) {
            for (JsonNode parameter : parameters) {
                if ("unit".equals(parameter.path("name").asText()) && "query".equals(parameter.path("in").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Response call(String method, String template, JsonNode operation, String token) {
        String path = template.replace("{unit}", unit).replace("{roundId}", round.toString())
                .replace("{actionId}", UUID.randomUUID().toString()).replace("{key}", "national-13-17")
                .replace("{version}", "2026.1").replace("{locale}", "sv").replace("{file}", "missing.mp3");
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (hasQueryUnit(operation)) {
            request.queryParam("unit", unit);
        }
        if (operation.has("requestBody")) {
            request.contentType("application/json").body("{}");
        }
        return request.request(method.toUpperCase(), path);
    }

    private static String check(Expect expect, Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "got " + status;
        }
        return switch (expect) {
            case UNAUTHORIZED -> status != 401 ? "expected 401, got " + status
                    : response.header("WWW-Authenticate") == null ? "401 without WWW-Authenticate" : null;
            case FORBIDDEN -> status != 403 ? "expected 403, got " + status : null;
            case ALLOWED -> status == 401 || status == 403 ? "allowed caller got " + status : null;
            // A bad token is refused even where no sign-in is needed; a good one must never be.
            case PUBLIC -> status == 403 ? "public operation refused with 403" : null;
        };
    }
}
