package newsfacts.aws;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import java.util.Optional;

/** The article bucket: raw uploads in, cleaned documents out. */
public final class ObjectStore {
    private final S3Client s3;
    private final String bucket;

    public ObjectStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    public String bucket() { return bucket; }

    /** An object's bytes with the version and ETag S3 served, so provenance names exactly what was read. */
    public record StoredObject(byte[] bytes, String versionId, String etag) {}

    /** Reads at most {@code maxBytes + 1} bytes' worth of object: callers refuse oversized uploads by size first. */
    public Optional<StoredObject> get(String key) {
        try {
            ResponseBytes<GetObjectResponse> response = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
            GetObjectResponse meta = response.response();
            return Optional.of(new StoredObject(response.asByteArray(), meta.versionId(), unquote(meta.eTag())));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    /**
     * A real, harmless GET of a key that does not exist (under {@code prefix}, which the function may
     * read), so the first event finds the SDK's request path loaded and run once and a connection
     * open. Any answer will do: 404, or 403 where the role may not list the bucket.
     */
    public void prime(String prefix) {
        try {
            s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + ".newsfacts-priming")
                    .overrideConfiguration(o -> o.apiCallTimeout(Clients.PRIMING_TIMEOUT)));
        } catch (RuntimeException e) {
            // expected: the key does not exist; or the network is slow, which the first event will meet anyway
        }
    }

    /** The object's size, or empty when it is gone (deleted after its event was sent). */
    public Optional<Long> size(String key) {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(bucket).key(key)).contentLength());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) return Optional.empty();
            throw e;
        }
    }

    public void putJson(String key, byte[] json) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType("application/json"), RequestBody.fromBytes(json));
    }

    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(key));
    }

    private static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }
}
