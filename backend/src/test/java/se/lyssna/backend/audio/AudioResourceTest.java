package se.lyssna.backend.audio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.lyssna.definitions.AudioKey;

@QuarkusTest
class AudioResourceTest {

    @Test
    void audio_namedByTheItemPath_isServedWithLongCaching() throws Exception {
        String text = given().get("/api/v1/questionnaires/national-13-17/versions/2026.1?locale=sv").then()
                .statusCode(200).extract().path("items[0].text");
        String path = AudioKey.path("sv", text);
        Path file = Path.of("target/test-audio").resolve(path);
        Files.createDirectories(file.getParent());
        byte[] bytes = {(byte) 0xFF, (byte) 0xFB, 0x10, 0x00};
        Files.write(file, bytes);

        byte[] served = given().get("/api/v1/audio/" + path).then().statusCode(200).contentType("audio/mpeg")
                .header("Cache-Control", org.hamcrest.Matchers.containsString("immutable")).extract().asByteArray();
        assertThat(served).isEqualTo(bytes);
    }

    @Test
    void missingAudio_is404_andOddPaths_400() {
        given().get("/api/v1/audio/sv/0123456789abcdef0123.mp3").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/audio/sv/..%2F..%2Fpom.xml").then().statusCode(org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(400), org.hamcrest.Matchers.is(404)));
        given().get("/api/v1/audio/sv/notes.txt").then().statusCode(400);
    }
}
