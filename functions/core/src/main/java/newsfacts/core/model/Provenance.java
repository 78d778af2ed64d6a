package newsfacts.core.model;

/**
 * Where a cleaned document came from: the raw object and the event that announced it.
 * {@code sequencer} is S3's per-key event order; it lets writers refuse stale events.
 */
public record Provenance(String bucket, String key, String versionId, String etag,
                         String sequencer, String sha256, long size, String receivedAt) {
}
