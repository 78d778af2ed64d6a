package newsfacts.aws;

import java.net.URI;
import java.util.Map;

/**
 * Where the functions find their bucket and table. Names come from the template's environment
 * variables; endpoints from the SDK's standard {@code AWS_ENDPOINT_URL[_S3|_DYNAMODB]}, so the same
 * jar talks to AWS, LocalStack or the embedded local stack. A JVM system property of the same name
 * wins over the environment: that is how the embedded stack points in-process handlers at its emulators.
 */
public record Config(String bucket, String table, String region, URI s3Endpoint, URI dynamoEndpoint) {

    public static Config fromEnvironment() {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        for (String name : NAMES) {
            String value = System.getProperty(name);
            if (value != null) env.put(name, value);
        }
        return from(env);
    }

    public static final java.util.List<String> NAMES = java.util.List.of("ARTICLES_BUCKET", "ARTICLES_TABLE", "AWS_REGION",
            "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_DYNAMODB");

    static Config from(Map<String, String> env) {
        String shared = env.get("AWS_ENDPOINT_URL");
        return new Config(
                env.getOrDefault("ARTICLES_BUCKET", ""),
                env.getOrDefault("ARTICLES_TABLE", ""),
                env.getOrDefault("AWS_REGION", env.getOrDefault("AWS_DEFAULT_REGION", "us-east-1")),
                uri(env.getOrDefault("AWS_ENDPOINT_URL_S3", shared)),
                uri(env.getOrDefault("AWS_ENDPOINT_URL_DYNAMODB", shared)));
    }

    private static URI uri(String value) {
        return value == null || value.isBlank() ? null : URI.create(value);
    }
}
