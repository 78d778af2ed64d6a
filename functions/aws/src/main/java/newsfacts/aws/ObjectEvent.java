package newsfacts.aws;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;

import java.util.ArrayList;
import java.util.List;

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
    public static String processAll(S3Event event, String requestId, java.util.function.Consumer<ObjectEvent> stage) {
        Log.requestId(requestId);
        List<ObjectEvent> records = of(event);
        records.forEach(stage);
        return "processed " + records.size();
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
