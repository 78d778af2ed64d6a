package newsfacts.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/** Builds the SDK clients. Handlers call this once per container (in a static field), never per event. */
public final class Clients {
    /**
     * Priming must never hold up an initialisation for long: a slow network only loses the warm-up.
     * Kept here, not in ObjectStore: the query function ships without the S3 client, and ArticleStore
     * must not load a class that names S3's types.
     */
    static final Duration PRIMING_TIMEOUT = Duration.ofSeconds(2);

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 30_000;

    private Clients() {}

    public static S3Client s3(Config config) {
        return s3(config, credentials());
    }

    public static S3Client s3(Config config, AwsCredentialsProvider credentials) {
        var builder = S3Client.builder()
                .httpClient(http())
                .region(Region.of(config.region()))
                .credentialsProvider(credentials);
        if (config.s3Endpoint() != null) {
            // emulators serve buckets by path, not by virtual host
            builder.endpointOverride(config.s3Endpoint()).forcePathStyle(true);
        }
        return builder.build();
    }

    public static DynamoDbClient dynamo(Config config) {
        return dynamo(config, credentials());
    }

    /**
     * Where the credentials are, without walking the default chain (profile files, web identity, the
     * container and instance endpoints): Lambda puts the role's keys in the environment; the local
     * stack in system properties. Anything else, SnapStart's container endpoint included, gets the chain.
     */
    static AwsCredentialsProvider credentials() {
        if (System.getenv("AWS_ACCESS_KEY_ID") != null) return EnvironmentVariableCredentialsProvider.create();
        if (System.getProperty("aws.accessKeyId") != null) return SystemPropertyCredentialsProvider.create();
        return DefaultCredentialsProvider.builder().build();
    }

    public static DynamoDbClient dynamo(Config config, AwsCredentialsProvider credentials) {
        var builder = DynamoDbClient.builder()
                .httpClient(http())
                .region(Region.of(config.region()))
                .credentialsProvider(credentials);
        if (config.dynamoEndpoint() != null) builder.endpointOverride(config.dynamoEndpoint());
        return builder.build();
    }

    /**
     * The URL-connection client over connections we open ourselves. Its builder makes an SSLContext and
     * reads the JDK's CA certificates at once (~150 ms of a cold start, ~290 classes), which a plain-http
     * endpoint (the local stack, LocalStack) never uses; a connection of our own gets the JDK's default
     * TLS set-up, made on the first https connection, with the same trust store and host-name check. On
     * AWS the work moves to the first call. Proxies come from the JVM's {@code https.proxyHost} properties.
     */
    static SdkHttpClient http() {
        return UrlConnectionHttpClient.create(Clients::open);
    }

    static HttpURLConnection open(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
