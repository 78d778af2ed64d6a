package newsfacts.query;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import newsfacts.aws.ArticleStore;
import newsfacts.aws.Clients;
import newsfacts.aws.Config;
import newsfacts.aws.Log;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The query function behind API Gateway (REST API, Lambda proxy integration). Lambda calls the stream
 * overload of {@code handleRequest} (its runtime prefers the longest signature), which reads and writes
 * the proxy JSON itself ({@link ProxyEvent}); in-process callers use the typed one.
 */
public final class QueryHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent>,
        RequestStreamHandler {
    /** What a browser may send: the SigV4 signature's headers (the deployed API checks IAM). The template's Cors says the same. */
    public static final String CORS_ALLOW_HEADERS = "Authorization,Content-Type,X-Amz-Date,X-Amz-Security-Token,X-Amz-Content-Sha256";
    public static final String CORS_ALLOW_METHODS = "GET,OPTIONS";
    static final String CORS_MAX_AGE = "600";

    private final QueryApi api;
    private final String corsOrigin;

    /**
     * Lambda's constructor: the DynamoDB client and a first real GetItem. (Nothing else is left to do
     * beside them: priming the JSON mappings gained nothing measurable once they were jackson-jr's.)
     */
    public QueryHandler() {
        Config config = Config.fromEnvironment();
        ArticleStore store = new ArticleStore(Clients.dynamo(config), config.table());
        store.prime();
        this.api = new QueryApi(store);
        this.corsOrigin = System.getenv("CORS_ALLOW_ORIGIN");
    }

    public QueryHandler(QueryApi api, String corsOrigin) {
        this.api = api;
        this.corsOrigin = corsOrigin;
    }

    @Override
    public void handleRequest(InputStream event, OutputStream response, Context context) throws IOException {
        ProxyEvent.write(handleRequest(ProxyEvent.read(event), context), response);
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent request, Context context) {
        long started = System.nanoTime();
        Log.requestId(context == null ? null : context.getAwsRequestId());
        ApiResponse response;
        Routes.Match route = route(request);
        boolean cors = corsOrigin != null && !corsOrigin.isBlank();
        try {
            if (route != null && cors && "OPTIONS".equals(request.getHttpMethod())) return preflight();
            response = route == null ? ApiResponse.notFound("no such route")
                    : api.handle(request.getHttpMethod(), route.route(), route.pathParameters(), orEmpty(request.getQueryStringParameters()));
        } catch (RuntimeException e) {
            // never a stack trace to the caller; the log keeps the class for the operator
            Log.event("query", "ERROR", "error", e.getClass().getName(), "message", e.getMessage());
            response = ApiResponse.problem(500, "Internal Server Error", "the request could not be answered", null);
        }
        Log.event("query", Integer.toString(response.status()), "route", route == null ? null : route.route(),
                "ms", (System.nanoTime() - started) / 1_000_000);
        Map<String, String> headers = new HashMap<>(response.headers());
        if (cors) headers.put("Access-Control-Allow-Origin", corsOrigin);
        return new APIGatewayProxyResponseEvent().withStatusCode(response.status()).withHeaders(headers).withBody(response.body());
    }

    /**
     * A browser's CORS preflight, answered without a body. On AWS API Gateway answers it (the template's
     * Cors); this serves the local stack and any gateway that passes OPTIONS on.
     */
    private APIGatewayProxyResponseEvent preflight() {
        return new APIGatewayProxyResponseEvent().withStatusCode(204).withHeaders(Map.of(
                "Access-Control-Allow-Origin", corsOrigin, "Access-Control-Allow-Methods", CORS_ALLOW_METHODS,
                "Access-Control-Allow-Headers", CORS_ALLOW_HEADERS, "Access-Control-Max-Age", CORS_MAX_AGE));
    }

    /** API Gateway names the matched route template in {@code resource}; a bare path is matched here. */
    static Routes.Match route(APIGatewayProxyRequestEvent request) {
        if (request.getResource() != null && QueryApi.ROUTES.contains(request.getResource()))
            return new Routes.Match(request.getResource(), orEmpty(request.getPathParameters()));
        return Routes.match(request.getPath()).orElse(null);
    }

    private static Map<String, String> orEmpty(Map<String, String> m) {
        return m == null ? Map.of() : m;
    }
}
