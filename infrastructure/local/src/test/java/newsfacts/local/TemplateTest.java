package newsfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import newsfacts.query.QueryApi;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads template.yaml as a reviewer would: least privilege, encryption, no self-triggering, documented routes. */
class TemplateTest {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    final JsonNode resources = read("template.yaml").path("Resources");

    static JsonNode read(String file) {
        try {
            return YAML.readTree(Path.of(file).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    List<JsonNode> statements(JsonNode function) {
        List<JsonNode> out = new ArrayList<>();
        function.path("Properties").path("Policies").forEach(p -> p.path("Statement").forEach(out::add));
        return out;
    }

    List<String> values(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) node.forEach(n -> out.add(n.isTextual() ? n.asText() : n.toString()));
        else out.add(node.isTextual() ? node.asText() : node.toString());
        return out;
    }

    @Test
    void functionPoliciesNameEveryActionAndResource() {
        int functions = 0;
        for (var it = resources.fields(); it.hasNext(); ) {
            var r = it.next();
            if (!r.getValue().path("Type").asText().equals("AWS::Serverless::Function")) continue;
            functions++;
            List<JsonNode> statements = statements(r.getValue());
            assertFalse(statements.isEmpty(), r.getKey() + " has an inline policy");
            for (JsonNode st : statements) {
                for (String action : values(st.path("Action"))) assertFalse(action.contains("*"), r.getKey() + " action " + action);
                for (String resource : values(st.path("Resource"))) assertFalse(resource.equals("*") || resource.endsWith(":*"), r.getKey() + " resource " + resource);
            }
            assertEquals("java21", r.getValue().path("Properties").path("Runtime").asText(read("template.yaml").path("Globals").path("Function").path("Runtime").asText()));
        }
        assertEquals(3, functions);
    }

    @Test
    void noFunctionWritesWhereItIsTriggeredAndTheQueryFunctionOnlyReads() throws Exception {
        for (var sub : TemplateModel.read(Path.of("template.yaml")).s3Subscriptions()) {
            JsonNode fn = resources.path(sub.function());
            for (JsonNode st : statements(fn)) {
                boolean writes = values(st.path("Action")).stream().anyMatch(a -> a.equals("s3:PutObject"));
                if (!writes) continue;
                for (String resource : values(st.path("Resource")))
                    assertFalse(resource.contains("/" + sub.prefix()), sub.function() + " writes under its own trigger prefix " + sub.prefix());
            }
        }
        JsonNode query = resources.path("QueryFunction");
        for (JsonNode st : statements(query))
            for (String action : values(st.path("Action"))) assertTrue(Set.of("dynamodb:GetItem", "dynamodb:Query").contains(action), "query is read-only: " + action);
    }

    @Test
    void dataIsEncryptedAndTheBucketPrivateAndTlsOnly() {
        JsonNode bucket = resources.path("ArticlesBucket").path("Properties");
        assertTrue(bucket.path("BucketEncryption").path("ServerSideEncryptionConfiguration").isArray());
        bucket.path("PublicAccessBlockConfiguration").forEach(flag -> assertTrue(flag.asBoolean()));
        assertEquals(4, bucket.path("PublicAccessBlockConfiguration").size());
        String policy = resources.path("ArticlesBucketPolicy").toString();
        assertTrue(policy.contains("aws:SecureTransport") && policy.contains("Deny"), policy);
        JsonNode table = resources.path("ArticlesTable").path("Properties");
        assertTrue(table.path("SSESpecification").path("SSEEnabled").asBoolean());
        assertTrue(table.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean());
        assertEquals("PAY_PER_REQUEST", table.path("BillingMode").asText());
    }

    @Test
    void asynchronousFunctionsHaveAnOnFailureDestination() {
        for (String fn : List.of("CleanFunction", "ExtractFunction")) {
            JsonNode config = resources.path(fn).path("Properties").path("EventInvokeConfig");
            assertTrue(config.path("DestinationConfig").path("OnFailure").has("Destination"), fn);
            assertTrue(config.path("MaximumRetryAttempts").asInt(99) <= 2, fn);
        }
    }

    @Test
    void openApiDocumentDescribesExactlyTheTemplateRoutes() {
        Set<String> documented = new TreeSet<>();
        read("functions/query/openapi.yaml").path("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> templated = new TreeSet<>();
        resources.path("QueryFunction").path("Properties").path("Events").forEach(e -> templated.add(e.path("Properties").path("Path").asText()));
        assertEquals(templated, documented);
        assertEquals(new TreeSet<>(QueryApi.ROUTES), documented);
    }

    @Test
    void theGatewayAnswersBrowserPreflightsWithTheHeadersTheFunctionAllows() {
        JsonNode api = resources.path("ArticlesApi").path("Properties");
        assertFalse(api.path("Auth").path("AddDefaultAuthorizerToCorsPreflight").asBoolean(true), "a preflight carries no signature");
        assertEquals("'" + newsfacts.query.QueryHandler.CORS_ALLOW_HEADERS + "'", api.path("Cors").path("AllowHeaders").asText());
        assertEquals("'" + newsfacts.query.QueryHandler.CORS_ALLOW_METHODS + "'", api.path("Cors").path("AllowMethods").asText());
        for (String response : List.of("DEFAULT_4XX", "DEFAULT_5XX")) // the gateway's own refusals reach the page's script
            assertTrue(api.path("GatewayResponses").path(response).path("ResponseParameters").path("Headers").has("Access-Control-Allow-Origin"), response);
    }

    @Test
    void everyFunctionStartsWithC1OnlyAndTheBenchmarkReadsTheSameFlags() throws java.io.IOException {
        TemplateModel model = TemplateModel.read(Path.of("template.yaml"));
        for (String handler : List.of("newsfacts.clean.CleanHandler", "newsfacts.extract.ExtractHandler", "newsfacts.query.QueryHandler"))
            assertTrue(model.environment(handler, "JAVA_TOOL_OPTIONS").contains("-XX:TieredStopAtLevel=1"), handler);
        // a function's own variable is found beside the global ones (a !Ref reads as its target); an unknown one is null
        assertEquals("CorsAllowOrigin", model.environment("newsfacts.query.QueryHandler", "CORS_ALLOW_ORIGIN"));
        assertEquals(null, model.environment("newsfacts.query.QueryHandler", "NO_SUCH_VARIABLE"));
        assertEquals(null, model.environment("newsfacts.clean.CleanHandler", "CORS_ALLOW_ORIGIN"));
        assertEquals(1024, model.memorySize("newsfacts.extract.ExtractHandler"));
        assertEquals(512, model.memorySize("newsfacts.query.QueryHandler"));
    }
}
