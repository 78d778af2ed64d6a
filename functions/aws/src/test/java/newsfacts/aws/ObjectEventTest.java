package newsfacts.aws;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObjectEventTest {
    static final String NOTIFICATION = """
            {"Records": [
              {"eventSource": "aws:s3", "eventTime": "2025-03-04T05:06:07.890Z", "eventName": "ObjectCreated:Put",
               "s3": {"bucket": {"name": "some-bucket", "arn": "arn:aws:s3:::some-bucket"},
                      "object": {"key": "raw/harbour+news%2Bextra.html", "size": 1234, "eTag": "abc123",
                                 "versionId": "v7", "sequencer": "00AB12"}}},
              {"eventSource": "aws:s3", "eventTime": "2025-03-04T05:06:08.000Z", "eventName": "ObjectRemoved:Delete",
               "s3": {"bucket": {"name": "some-bucket"}, "object": {"key": "raw/old.txt", "sequencer": "00AB13"}}}
            ]}
            """;

    @Test
    void readsANotificationsRecordsWithKeysDecoded() throws Exception {
        List<ObjectEvent> events = ObjectEvent.read(stream(NOTIFICATION));
        assertEquals(2, events.size());
        ObjectEvent put = events.get(0);
        assertEquals("some-bucket", put.bucket());
        assertEquals("raw/harbour news+extra.html", put.key()); // S3 form-encodes: '+' is a space, %2B a plus
        assertTrue(put.created());
        assertEquals(1234, put.size());
        assertEquals("v7", put.versionId());
        assertEquals("abc123", put.etag());
        assertEquals("00AB12", put.sequencer());
        assertEquals("2025-03-04T05:06:07.890Z", put.eventTime());
        ObjectEvent removed = events.get(1);
        assertFalse(removed.created());
        assertEquals(0, removed.size());
        assertNull(removed.versionId());
    }

    @Test
    void theStreamEntryRunsEveryRecordAndAnswersAJsonString() throws Exception {
        List<String> seen = new ArrayList<>();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        ObjectEvent.processAll(stream(NOTIFICATION), answer, null, e -> seen.add(e.key()));
        assertEquals(List.of("raw/harbour news+extra.html", "raw/old.txt"), seen);
        assertEquals("\"processed 2\"", answer.toString(StandardCharsets.UTF_8));
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
