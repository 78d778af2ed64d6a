package newsfacts.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import newsfacts.query.Routes;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * API Gateway's part, locally: matches the path to a template route and calls the query handler
 * with the proxy event API Gateway would send. It listens on loopback only and checks no IAM
 * signature (the deployed API does).
 */
public final class ApiServer implements AutoCloseable {
    private final HttpServer server;

    private ApiServer(HttpServer server) {
        this.server = server;
    }

    static ApiServer start(int port, Set<String> templatePaths,
                           RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                APIGatewayProxyResponseEvent response = handler.handleRequest(request(exchange, templatePaths), null);
                byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
                if (response.getHeaders() != null) response.getHeaders().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                exchange.sendResponseHeaders(response.getStatusCode(), body.length == 0 ? -1 : body.length);
                if (body.length > 0) exchange.getResponseBody().write(body);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
        return new ApiServer(server);
    }

    public int port() { return server.getAddress().getPort(); }

    static APIGatewayProxyRequestEvent request(HttpExchange exchange, Set<String> templatePaths) {
        String path = exchange.getRequestURI().getRawPath();
        var event = new APIGatewayProxyRequestEvent()
                .withHttpMethod(exchange.getRequestMethod())
                .withPath(URLDecoder.decode(path, StandardCharsets.UTF_8))
                .withQueryStringParameters(query(exchange.getRequestURI().getRawQuery()));
        Routes.match(path).filter(m -> templatePaths.contains(m.route())).ifPresent(m ->
                event.withResource(m.route()).withPathParameters(m.pathParameters()));
        return event;
    }

    /** API Gateway's single-value view: the last value of a repeated parameter wins. */
    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
