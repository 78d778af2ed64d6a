package newsfacts.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import newsfacts.aws.ArticleStore;
import newsfacts.aws.Clients;
import newsfacts.aws.Config;
import newsfacts.clean.CleanHandler;
import newsfacts.core.ArticleIds;
import newsfacts.core.model.ArticleRecord;
import newsfacts.core.model.ArticleStatus;
import newsfacts.extract.ExtractHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clean and extract handlers against real LocalStack (S3 + DynamoDB in Docker), with the bucket
 * and the table of template.yaml: what the embedded stack's emulators stand in for. Skipped where
 * there is no Docker engine. The image can be changed with -Dlocalstack.image=...
 */
@Testcontainers(disabledWithoutDocker = true)
class LocalStackContainerTest {
    static final String BUCKET = "newsfacts-it";
    static final String TABLE = "newsfacts-it-articles";
    static final String KEY = "raw/2024/05/menafn-nato.txt";
    static final List<String> PROPERTIES = List.of("ARTICLES_BUCKET", "ARTICLES_TABLE", "AWS_REGION",
            "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_DYNAMODB", "aws.accessKeyId", "aws.secretAccessKey");

    @Container
    static final LocalStackContainer LOCALSTACK = new LocalStackContainer(
            DockerImageName.parse(System.getProperty("localstack.image", "localstack/localstack:4.4")))
            .withServices("s3", "dynamodb");

    static final Map<String, String> saved = new HashMap<>();
    static S3Client s3;
    static DynamoDbClient dynamo;

    @BeforeAll
    static void createResources() throws Exception {
        // the handlers' no-argument constructors read these, as LocalStack.start sets them for the embedded stack
        for (String name : PROPERTIES) saved.put(name, System.getProperty(name));
        String endpoint = LOCALSTACK.getEndpoint().toString();
        System.setProperty("ARTICLES_BUCKET", BUCKET);
        System.setProperty("ARTICLES_TABLE", TABLE);
        System.setProperty("AWS_REGION", LOCALSTACK.getRegion());
        System.setProperty("AWS_ENDPOINT_URL_S3", endpoint);
        System.setProperty("AWS_ENDPOINT_URL_DYNAMODB", endpoint);
        System.setProperty("aws.accessKeyId", LOCALSTACK.getAccessKey());
        System.setProperty("aws.secretAccessKey", LOCALSTACK.getSecretKey());
        Config config = Config.fromEnvironment();
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCALSTACK.getAccessKey(), LOCALSTACK.getSecretKey()));
        s3 = Clients.s3(config, credentials);
        dynamo = Clients.dynamo(config, credentials);
        s3.createBucket(b -> b.bucket(BUCKET));
        dynamo.createTable(TemplateModel.read(Path.of("template.yaml")).table(TABLE));
        dynamo.waiter().waitUntilTableExists(b -> b.tableName(TABLE));
    }

    @AfterAll
    static void restore() {
        saved.forEach((name, value) -> {
            if (value == null) System.clearProperty(name);
            else System.setProperty(name, value);
        });
        if (s3 != null) s3.close();
        if (dynamo != null) dynamo.close();
    }

    static S3Event created(String key) {
        var head = s3.headObject(b -> b.bucket(BUCKET).key(key));
        return S3Notifications.read(S3Notifications.json(BUCKET, key, head.contentLength(),
                head.eTag().replace("\"", ""), "0055AED6DCD90281E5", true));
    }

    @Test
    void uploadIsCleanedAndExtractedIntoTheTable() throws Exception {
        s3.putObject(b -> b.bucket(BUCKET).key(KEY), RequestBody.fromFile(Path.of("events/articles/menafn-nato.txt")));
        String id = ArticleIds.forRawKey(KEY);

        assertEquals("processed 1", new CleanHandler().handleRequest(created(KEY), null));
        String cleanedKey = newsfacts.aws.Keys.cleanedKey(id);
        assertTrue(s3.headObject(b -> b.bucket(BUCKET).key(cleanedKey)).contentLength() > 0);

        assertEquals("processed 1", new ExtractHandler().handleRequest(created(cleanedKey), null));
        ArticleRecord record = new ArticleStore(dynamo, TABLE).get(id).orElseThrow();
        assertEquals(ArticleStatus.EXTRACTED, record.status());
        assertEquals(KEY, record.rawKey());
        assertNotNull(record.facts());
        assertTrue(record.wordCount() > 200, "word count " + record.wordCount());
    }
}
