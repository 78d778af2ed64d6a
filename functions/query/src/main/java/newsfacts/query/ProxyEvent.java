package newsfacts.query;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import newsfacts.core.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import static newsfacts.core.Json.object;
import static newsfacts.core.Json.text;

/**
 * API Gateway's proxy event and response as JSON, read and written by our own {@link Json}. The Lambda
 * runtime's own reader for these event classes is a second, shaded Jackson with mix-ins: some 800
 * classes more to load on a cold start. Only what a REST proxy event carries for a handler is read
 * (method, paths, parameters, headers, body); {@code requestContext} and the multi-value views are not.
 */
final class ProxyEvent {
    private ProxyEvent() {}

    static APIGatewayProxyRequestEvent read(InputStream in) throws IOException {
        Map<String, Object> e = object(Json.parse(in));
        Object base64 = e.get("isBase64Encoded");
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod(text(e, "httpMethod"))
                .withResource(text(e, "resource"))
                .withPath(text(e, "path"))
                .withPathParameters(map(e, "pathParameters"))
                .withQueryStringParameters(map(e, "queryStringParameters"))
                .withStageVariables(map(e, "stageVariables"))
                .withHeaders(map(e, "headers"))
                .withBody(text(e, "body"))
                .withIsBase64Encoded(Boolean.TRUE.equals(base64) || "true".equals(base64));
    }

    /** The fields API Gateway reads from a proxy integration's answer; nulls left out. */
    static void write(APIGatewayProxyResponseEvent response, OutputStream out) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("statusCode", response.getStatusCode());
        if (response.getHeaders() != null) json.put("headers", response.getHeaders());
        if (response.getMultiValueHeaders() != null) json.put("multiValueHeaders", response.getMultiValueHeaders());
        if (response.getBody() != null) json.put("body", response.getBody());
        json.put("isBase64Encoded", Boolean.TRUE.equals(response.getIsBase64Encoded()));
        Json.write(json, out);
    }

    /** A string-to-string map, or null where the event has null (API Gateway's "none"). */
    private static Map<String, String> map(Map<String, Object> event, String field) {
        Object value = event.get(field);
        if (!(value instanceof Map<?, ?>)) return null;
        Map<String, Object> values = object(value);
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : values.keySet()) out.put(name, text(values, name));
        return out;
    }
}
