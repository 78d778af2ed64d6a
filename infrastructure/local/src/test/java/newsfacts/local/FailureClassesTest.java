package newsfacts.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import newsfacts.core.ArticleIds;
import newsfacts.core.Json;
import newsfacts.query.QueryHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every class of bad upload, end to end: uploaded under raw/, it gets a FAILED record with its
 * machine-readable reason and a message, visible through the API, and the upload itself stays.
 */
class FailureClassesTest {

    static Stream<Arguments> badUploads() throws Exception {
        byte[] binary = new byte[2048];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) i;
        byte[] png = Arrays.copyOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}, 600);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 30; i++) gz.write(zeros); // 30 MB of nothing in 30 KB
        }
        byte[] brokenGzip = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
        return Stream.of(
                Arguments.of("empty.html", new byte[0], "EMPTY"),
                Arguments.of("binary.txt", binary, "BINARY"),
                Arguments.of("photo.html", png, "UNSUPPORTED_TYPE"),
                Arguments.of("report.txt", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "UNSUPPORTED_TYPE"),
                Arguments.of("bomb.html.gz", bomb.toByteArray(), "DECOMPRESSION_BOMB"),
                Arguments.of("broken.gz", brokenGzip, "UNDECODABLE"),
                Arguments.of("menu.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8), "NO_ARTICLE_TEXT"),
                Arguments.of("huge.txt", new byte[21 << 20], "TOO_LARGE"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("badUploads")
    void badUploadIsRecordedWithItsReasonAndKept(String name, byte[] bytes, String reason) {
        LocalStack stack = TestStack.get();
        String key = "raw/bad/" + name;
        stack.s3().putObject(b -> b.bucket(LocalStack.BUCKET).key(key), RequestBody.fromBytes(bytes));
        stack.settle();

        var response = new QueryHandler().handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("GET")
                .withPath("/articles/" + ArticleIds.forRawKey(key)), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        Map<?, ?> record = Json.object(Json.parse(response.getBody()));
        assertEquals("FAILED", record.get("status"));
        Map<?, ?> failure = (Map<?, ?>) record.get("failure");
        assertEquals(reason, failure.get("reason"));
        assertFalse(((String) failure.get("message")).isBlank());
        assertEquals(key, record.get("rawKey"));
        assertEquals(bytes.length, stack.s3().headObject(b -> b.bucket(LocalStack.BUCKET).key(key)).contentLength(), "the upload stays");
        assertTrue(stack.s3().listObjectsV2(b -> b.bucket(LocalStack.BUCKET).prefix("cleaned/" + ArticleIds.forRawKey(key))).contents().isEmpty());
    }
}
