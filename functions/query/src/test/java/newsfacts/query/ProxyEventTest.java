package newsfacts.query;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import newsfacts.core.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProxyEventTest {
    @Test
    void readsWhatAHandlerUsesFromARestProxyEvent() throws Exception {
        String json = """
                {"resource": "/widgets/{name}", "path": "/widgets/blue%20one", "httpMethod": "GET",
                 "isBase64Encoded": false, "body": null, "stageVariables": null,
                 "pathParameters": {"name": "blue one"}, "queryStringParameters": {"limit": "5", "from": "2025-01-02"},
                 "multiValueQueryStringParameters": {"limit": ["5"]}, "headers": {"Accept": "application/json"},
                 "requestContext": {"requestId": "r-1", "identity": {"sourceIp": "10.0.0.1"}}}
                """;
        var event = ProxyEvent.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("GET", event.getHttpMethod());
        assertEquals("/widgets/{name}", event.getResource());
        assertEquals("/widgets/blue%20one", event.getPath());
        assertEquals(Map.of("name", "blue one"), event.getPathParameters());
        assertEquals(Map.of("limit", "5", "from", "2025-01-02"), event.getQueryStringParameters());
        assertEquals(Map.of("Accept", "application/json"), event.getHeaders());
        assertNull(event.getStageVariables());
        assertNull(event.getBody());
        assertFalse(event.getIsBase64Encoded());
    }

    @Test
    void writesTheProxyAnswerApiGatewayReads() throws Exception {
        var response = new APIGatewayProxyResponseEvent().withStatusCode(404)
                .withHeaders(Map.of("Content-Type", "application/problem+json")).withBody("{\"status\":404}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProxyEvent.write(response, out);
        Map<String, Object> written = Json.object(Json.parse(out.toString(StandardCharsets.UTF_8)));
        assertEquals(404, written.get("statusCode"));
        assertEquals(Map.of("Content-Type", "application/problem+json"), written.get("headers"));
        assertEquals("{\"status\":404}", written.get("body"));
        assertEquals(false, written.get("isBase64Encoded"));
        assertFalse(written.containsKey("multiValueHeaders"));
    }
}
