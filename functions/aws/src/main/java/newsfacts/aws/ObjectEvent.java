package newsfacts.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.fasterxml.jackson.databind.JsonNode;
import newsfacts.core.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static newsfacts.core.Json.text;

/**
 * One record of an S3 event notification, with the key already URL-decoded (S3 sends keys
 * form-encoded: a space arrives as '+', a '+' as %2B).
 */
public record ObjectEvent(String bucket, String key, boolean created, long size, String versionId,
                          String etag, String sequencer, String eventTime) {

    /**
     * What both S3-triggered handlers do with an event: every record, in order, through their stage,
     * with the request id on the log lines. An exception stops the batch so Lambda retries it whole;
     * records already done are idempotent.
     */
    public static String processAll(S3Event event, String requestId, Consumer<ObjectEvent> stage) {
        return processAll(of(event), requestId, stage);
    }

    /**
     * The same for Lambda's stream overload: the notification's JSON read with our own mapper, the
     * answer written as a JSON string. The runtime's readers for S3Event and for a String answer (its
     * own shaded Jackson, Joda-Time) would cost a cold start hundreds of classes more.
     */
    public static void processAll(InputStream event, OutputStream answer, Context context, Consumer<ObjectEvent> stage) throws IOException {
        String done = processAll(read(event), context == null ? null : context.getAwsRequestId(), stage);
        Json.MAPPER.writeValue(answer, done);
    }

    private static String processAll(List<ObjectEvent> records, String requestId, Consumer<ObjectEvent> stage) {
        Log.requestId(requestId);
        records.forEach(stage);
        return "processed " + records.size();
    }

    /** The records of an S3 event notification's JSON, as {@link #of(S3Event)} reads them. */
    public static List<ObjectEvent> read(InputStream json) throws IOException {
        List<ObjectEvent> out = new ArrayList<>();
        for (JsonNode r : Json.MAPPER.readTree(json).path("Records")) {
            JsonNode object = r.path("s3").path("object");
            String key = text(object, "key");
            out.add(new ObjectEvent(text(r.path("s3").path("bucket"), "name"),
                    key == null ? null : URLDecoder.decode(key, StandardCharsets.UTF_8),
                    !r.path("eventName").asText("").startsWith("ObjectRemoved"),
                    object.path("size").asLong(0), text(object, "versionId"), text(object, "eTag"),
                    text(object, "sequencer"), text(r, "eventTime")));
        }
        return out;
    }

    public static List<ObjectEvent> of(S3Event event) {
        List<ObjectEvent> out = new ArrayList<>();
        if (event == null || event.getRecords() == null) return out;
        for (S3EventNotificationRecord r : event.getRecords()) {
            var object = r.getS3().getObject();
            String name = r.getEventName() == null ? "" : r.getEventName();
            out.add(new ObjectEvent(r.getS3().getBucket().getName(), object.getUrlDecodedKey(),
                    !name.startsWith("ObjectRemoved"),
                    object.getSizeAsLong() == null ? 0 : object.getSizeAsLong(),
                    object.getVersionId(), object.geteTag(), object.getSequencer(),
                    r.getEventTime() == null ? null : r.getEventTime().toString()));
        }
        return out;
    }
}
