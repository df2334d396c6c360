package se.lyssna.backend.actions;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;

/** Bodies and calls for the actions API. */
final class ActionFixtures {
    private ActionFixtures() {
    }

    /** A valid planned action in the safety area. */
    static Map<String, Object> action() {
        Map<String, Object> body = new HashMap<>();
        body.put("area", "trygghet");
        body.put("youSaid", "Många av er känner sig inte trygga på kvällarna.");
        body.put("weDecided", "Personalen går en extra runda varje kväll och knackar alltid innan de går in.");
        body.put("responsible", "Föreståndaren");
        return body;
    }

    static Map<String, Object> action(String key, Object value) {
        Map<String, Object> body = action();
        body.put(key, value);
        return body;
    }

    static Response post(String token, String unit, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/units/" + unit + "/actions");
    }

    static String create(String token, String unit, Object body) {
        return post(token, unit, body).then().statusCode(201).extract().path("id");
    }
}
