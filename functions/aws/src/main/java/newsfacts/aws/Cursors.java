package newsfacts.aws;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Opaque page cursors. A cursor holds only the sort key to resume after; the partition comes from
 * the query itself, so a cursor cannot be edited to read another query's partition.
 */
public final class Cursors {
    private Cursors() {}

    /** A cursor that cannot be decoded for this query. The API answers 400. */
    public static final class InvalidCursorException extends IllegalArgumentException {
        InvalidCursorException(String message) { super(message); }
    }

    /** Where DynamoDB stopped reading, or null when it read to the end. */
    static String next(QueryResponse r) {
        if (!r.hasLastEvaluatedKey() || r.lastEvaluatedKey().isEmpty()) return null;
        return after(r.lastEvaluatedKey());
    }

    /** Resumes after this item. */
    static String after(Map<String, AttributeValue> item) {
        String sk = item.get(IndexKeys.SK).s();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sk.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, AttributeValue> decode(String cursor, String partition) {
        if (cursor == null || cursor.isEmpty()) return null;
        String sk;
        try {
            sk = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException("cursor is not one this API issued");
        }
        // every sort key under a list or statement partition is date#articleId[#n]
        if (!sk.matches("[0-9T:.+\\-Z]{4,40}#[0-9a-f]{20}(#\\d{4})?")) throw new InvalidCursorException("cursor is not one this API issued");
        return Map.of(IndexKeys.PK, AttributeValue.fromS(partition), IndexKeys.SK, AttributeValue.fromS(sk));
    }
}
