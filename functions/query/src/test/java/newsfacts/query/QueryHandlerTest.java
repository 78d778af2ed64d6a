package newsfacts.query;

import newsfacts.core.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The query function on its own zip's classpath, which has no S3 client: Lambda's constructor and stream entry. */
class QueryHandlerTest {
    /** Nothing listens on the discard port: the constructor's priming read fails fast, as it may. */
    static final Map<String, String> SETTINGS = Map.of("AWS_REGION", "eu-west-1", "ARTICLES_TABLE", "no-table",
            "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:9", "aws.accessKeyId", "test", "aws.secretAccessKey", "test");

    @BeforeAll
    static void configure() {
        SETTINGS.forEach(System::setProperty);
    }

    @AfterAll
    static void restore() {
        SETTINGS.keySet().forEach(System::clearProperty);
    }

    @Test
    void theZipCarriesNoS3Client() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("software.amazon.awssdk.services.s3.S3Client"));
    }

    @Test
    void lambdasConstructorAndStreamEntryWorkWithoutS3() throws Exception {
        QueryHandler handler = new QueryHandler();
        String event = "{\"httpMethod\": \"GET\", \"path\": \"/no/such/route\", \"headers\": {\"Accept\": \"application/json\"}}";
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), answer, null);
        Map<String, Object> response = Json.object(Json.parse(answer.toString(StandardCharsets.UTF_8)));
        assertEquals(404, response.get("statusCode"));
        assertEquals("application/problem+json", Json.object(response.get("headers")).get("Content-Type"));
    }
}
