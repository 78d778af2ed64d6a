package newsfacts.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import newsfacts.core.Json;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The S3 event notification S3 itself would send for one object, built as JSON and read back
 * through the Lambda runtime's own serializer, so handlers see exactly what they see on AWS:
 * the key form-encoded, an ETag, a sequencer.
 */
public final class S3Notifications {
    private S3Notifications() {}

    /** {@code etag} as S3 lists it, quoted or not; null leaves it out (s3proxy has none for a file put in its folder by hand). */
    public static String json(String bucket, String key, long size, String etag, String sequencer, boolean created) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("key", URLEncoder.encode(key, StandardCharsets.UTF_8)); // S3 form-encodes keys: ' ' → '+'
        if (created) {
            object.put("size", size);
            if (etag != null) object.put("eTag", etag.replace("\"", ""));
        }
        if (sequencer != null) object.put("sequencer", sequencer); // a reprocessing event has none
        Map<String, Object> s3 = new LinkedHashMap<>();
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", "newsfacts-local");
        s3.put("bucket", Map.of("name", bucket, "ownerIdentity", Map.of("principalId", "LOCAL"), "arn", "arn:aws:s3:::" + bucket));
        s3.put("object", object);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", "us-east-1");
        record.put("eventTime", Instant.now().toString());
        record.put("eventName", created ? "ObjectCreated:Put" : "ObjectRemoved:Delete");
        record.put("userIdentity", Map.of("principalId", "LOCAL"));
        record.put("requestParameters", Map.of("sourceIPAddress", "127.0.0.1"));
        record.put("responseElements", Map.of("x-amz-request-id", "LOCAL"));
        record.put("s3", s3);
        return Json.write(Map.of("Records", List.of(record)));
    }

    /** Reads an S3 event as the Lambda Java runtime does. */
    public static S3Event read(String json) {
        return LambdaEventSerializers.serializerFor(S3Event.class, S3Notifications.class.getClassLoader())
                .fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
