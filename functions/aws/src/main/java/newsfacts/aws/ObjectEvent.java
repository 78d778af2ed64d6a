package newsfacts.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import newsfacts.core.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static newsfacts.core.Json.object;
import static newsfacts.core.Json.text;

/**
 * One record of an S3 event notification, with the key already URL-decoded (S3 sends keys
 * form-encoded: a space arrives as '+', a '+' as %2B).
 */
public record ObjectEvent(String bucket, String key, boolean created, long size, String versionId,
                          String etag, String sequencer, String eventTime) {

    /** Lambda's S3Event reader gives "" for a field a notification leaves out: a reprocessing event's sequencer is none. */
    public ObjectEvent {
        versionId = blankToNull(versionId);
        etag = blankToNull(etag);
        sequencer = blankToNull(sequencer);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * What both S3-triggered handlers do with an event: every record, in order, through their stage,
     * with the request id on the log lines. An exception stops the batch so Lambda retries it whole;
     * records already done are idempotent.
     */
    public static String processAll(S3Event event, String requestId, Consumer<ObjectEvent> stage) {
        return processAll(of(event), requestId, stage);
    }

    /**
     * The same for Lambda's stream overload: the notification's JSON read with our own {@link Json}, the
     * answer written as a JSON string. The runtime's readers for S3Event and for a String answer (its
     * own shaded Jackson, Joda-Time) would cost a cold start hundreds of classes more.
     */
    public static void processAll(InputStream event, OutputStream answer, Context context, Consumer<ObjectEvent> stage) throws IOException {
        String done = processAll(read(event), context == null ? null : context.getAwsRequestId(), stage);
        Json.write(done, answer);
    }

    private static String processAll(List<ObjectEvent> records, String requestId, Consumer<ObjectEvent> stage) {
        Log.requestId(requestId);
        records.forEach(stage);
        return "processed " + records.size();
    }

    /** The records of an S3 event notification's JSON, as {@link #of(S3Event)} reads them. */
    public static List<ObjectEvent> read(InputStream json) throws IOException {
        List<ObjectEvent> out = new ArrayList<>();
        Object records = object(Json.parse(json)).get("Records");
        for (Object record : records instanceof List<?> list ? list : List.of()) {
            Map<String, Object> r = object(record), s3 = object(r.get("s3")), o = object(s3.get("object"));
            String key = text(o, "key"), eventName = text(r, "eventName");
            out.add(new ObjectEvent(text(object(s3.get("bucket")), "name"),
                    key == null ? null : URLDecoder.decode(key, StandardCharsets.UTF_8),
                    eventName == null || !eventName.startsWith("ObjectRemoved"),
                    size(o.get("size")), text(o, "versionId"), text(o, "eTag"),
                    text(o, "sequencer"), text(r, "eventTime")));
        }
        return out;
    }

    /** S3 sends the size as a number; 0 where it is missing or not a whole number. */
    private static long size(Object value) {
        if (value instanceof Number n) return n.longValue();
        try {
            return value instanceof String s ? Long.parseLong(s.strip()) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
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
