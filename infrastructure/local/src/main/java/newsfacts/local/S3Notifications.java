package newsfacts.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.node.ObjectNode;
import newsfacts.core.Json;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The S3 event notification S3 itself would send for one object, built as JSON and read back
 * through the Lambda runtime's own serializer, so handlers see exactly what they see on AWS:
 * the key form-encoded, an ETag, a sequencer.
 */
public final class S3Notifications {
    private S3Notifications() {}

    public static String json(String bucket, String key, long size, String etag, String sequencer, boolean created) {
        ObjectNode record = Json.MAPPER.createObjectNode();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", "us-east-1");
        record.put("eventTime", Instant.now().toString());
        record.put("eventName", created ? "ObjectCreated:Put" : "ObjectRemoved:Delete");
        record.putObject("userIdentity").put("principalId", "LOCAL");
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        record.putObject("responseElements").put("x-amz-request-id", "LOCAL");
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", "newsfacts-local");
        ObjectNode b = s3.putObject("bucket");
        b.put("name", bucket);
        b.putObject("ownerIdentity").put("principalId", "LOCAL");
        b.put("arn", "arn:aws:s3:::" + bucket);
        ObjectNode o = s3.putObject("object");
        o.put("key", URLEncoder.encode(key, StandardCharsets.UTF_8)); // S3 form-encodes keys: ' ' → '+'
        if (created) {
            o.put("size", size);
            o.put("eTag", etag);
        }
        o.put("sequencer", sequencer);
        ObjectNode event = Json.MAPPER.createObjectNode();
        event.putArray("Records").add(record);
        return Json.write(event);
    }

    /** Reads an S3 event as the Lambda Java runtime does. */
    public static S3Event read(String json) {
        return LambdaEventSerializers.serializerFor(S3Event.class, S3Notifications.class.getClassLoader())
                .fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
