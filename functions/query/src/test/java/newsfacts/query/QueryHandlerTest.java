package newsfacts.query;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aBrowsersPreflightIsAnsweredWhereAnOriginIsAllowed() {
        var preflight = new APIGatewayProxyRequestEvent().withHttpMethod("OPTIONS").withPath("/articles");
        var allowed = new QueryHandler(new QueryApi(null), "https://desk.example").handleRequest(preflight, null);
        assertEquals(204, allowed.getStatusCode());
        assertEquals("https://desk.example", allowed.getHeaders().get("Access-Control-Allow-Origin"));
        assertTrue(allowed.getHeaders().get("Access-Control-Allow-Headers").contains("X-Amz-Date"));
        assertEquals("GET,OPTIONS", allowed.getHeaders().get("Access-Control-Allow-Methods"));
        assertEquals(405, new QueryHandler(new QueryApi(null), null).handleRequest(preflight, null).getStatusCode(), "no origin, no CORS");
    }
}
