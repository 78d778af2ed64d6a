package newsfacts.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the embedded stack takes from {@code template.yaml}, so nothing is defined twice: the table,
 * which handler each S3 event prefix triggers, and the API's routes. CloudFormation's short tags
 * (!Ref, !Sub) are read as plain values; nothing here needs them.
 */
public final class TemplateModel {
    /** A function subscribed to S3 events under a prefix. */
    public record Subscription(String function, String handler, String prefix, boolean created) {}

    /** An API event of the query function. */
    public record Route(String path, String method, String handler) {}

    private final JsonNode resources;
    private final JsonNode globals;

    private TemplateModel(JsonNode root) {
        this.resources = root.path("Resources");
        this.globals = root.path("Globals").path("Function");
    }

    public static TemplateModel read(Path template) throws IOException {
        return new TemplateModel(new ObjectMapper(new YAMLFactory()).readTree(template.toFile()));
    }

    /** The first DynamoDB table of the template, as a CreateTable request. */
    public CreateTableRequest table(String tableName) {
        JsonNode props = resourcesOfType("AWS::DynamoDB::Table").get(0).path("Properties");
        List<AttributeDefinition> attributes = new ArrayList<>();
        props.path("AttributeDefinitions").forEach(a -> attributes.add(AttributeDefinition.builder()
                .attributeName(a.path("AttributeName").asText()).attributeType(a.path("AttributeType").asText()).build()));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        props.path("GlobalSecondaryIndexes").forEach(i -> indexes.add(GlobalSecondaryIndex.builder()
                .indexName(i.path("IndexName").asText())
                .keySchema(keySchema(i.path("KeySchema")))
                .projection(Projection.builder().projectionType(i.path("Projection").path("ProjectionType").asText("ALL")).build())
                .build()));
        var builder = CreateTableRequest.builder().tableName(tableName)
                .attributeDefinitions(attributes)
                .keySchema(keySchema(props.path("KeySchema")))
                .billingMode(BillingMode.fromValue(props.path("BillingMode").asText("PAY_PER_REQUEST")));
        if (!indexes.isEmpty()) builder.globalSecondaryIndexes(indexes);
        return builder.build();
    }

    public List<Subscription> s3Subscriptions() {
        List<Subscription> out = new ArrayList<>();
        for (var fn : functions()) {
            fn.getValue().path("Properties").path("Events").forEach(event -> {
                if (!"S3".equals(event.path("Type").asText())) return;
                JsonNode p = event.path("Properties");
                String prefix = "";
                for (JsonNode rule : p.path("Filter").path("S3Key").path("Rules"))
                    if ("prefix".equalsIgnoreCase(rule.path("Name").asText())) prefix = rule.path("Value").asText();
                List<String> kinds = new ArrayList<>();
                if (p.path("Events").isArray()) p.path("Events").forEach(e -> kinds.add(e.asText()));
                else kinds.add(p.path("Events").asText());
                for (String kind : kinds)
                    out.add(new Subscription(fn.getKey(), handlerOf(fn.getValue()), prefix, kind.startsWith("s3:ObjectCreated")));
            });
        }
        return out;
    }

    public List<Route> routes() {
        List<Route> out = new ArrayList<>();
        for (var fn : functions()) {
            fn.getValue().path("Properties").path("Events").forEach(event -> {
                if (!"Api".equals(event.path("Type").asText())) return;
                JsonNode p = event.path("Properties");
                out.add(new Route(p.path("Path").asText(), p.path("Method").asText(), handlerOf(fn.getValue())));
            });
        }
        return out;
    }

    /**
     * The environment variable {@code name} of the function whose handler is in {@code handlerClass}:
     * its own value, else the Globals' one, else null. Values that are CloudFormation references are
     * returned as the template writes them.
     */
    public String environment(String handlerClass, String name) {
        for (var fn : functions()) {
            if (!handlerOf(fn.getValue()).startsWith(handlerClass + "::")) continue;
            JsonNode own = fn.getValue().path("Properties").path("Environment").path("Variables").path(name);
            if (!own.isMissingNode()) return own.asText();
        }
        JsonNode global = globals.path("Environment").path("Variables").path(name);
        return global.isMissingNode() ? null : global.asText();
    }

    /** The memory, in MB, of the function whose handler is in {@code handlerClass}: its own, else the Globals', else Lambda's default 128. */
    public int memorySize(String handlerClass) {
        for (var fn : functions()) {
            JsonNode own = fn.getValue().path("Properties").path("MemorySize");
            if (handlerOf(fn.getValue()).startsWith(handlerClass + "::") && own.isNumber()) return own.asInt();
        }
        return globals.path("MemorySize").asInt(128);
    }

    private List<java.util.Map.Entry<String, JsonNode>> functions() {
        List<java.util.Map.Entry<String, JsonNode>> out = new ArrayList<>();
        resources.fields().forEachRemaining(e -> {
            if ("AWS::Serverless::Function".equals(e.getValue().path("Type").asText())) out.add(e);
        });
        return out;
    }

    private List<JsonNode> resourcesOfType(String type) {
        List<JsonNode> out = new ArrayList<>();
        resources.forEach(r -> {
            if (type.equals(r.path("Type").asText())) out.add(r);
        });
        if (out.isEmpty()) throw new IllegalStateException("template.yaml has no " + type);
        return out;
    }

    private static String handlerOf(JsonNode function) {
        return function.path("Properties").path("Handler").asText();
    }

    private static List<KeySchemaElement> keySchema(JsonNode schema) {
        List<KeySchemaElement> out = new ArrayList<>();
        schema.forEach(k -> out.add(KeySchemaElement.builder()
                .attributeName(k.path("AttributeName").asText()).keyType(k.path("KeyType").asText()).build()));
        return out;
    }
}
