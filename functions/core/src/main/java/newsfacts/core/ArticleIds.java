package newsfacts.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Article ids and content hashes. An id depends on the raw key only, so re-uploads update one record. */
public final class ArticleIds {
    private ArticleIds() {}

    /** 20 hex characters (80 bits) of the key's SHA-256: short enough for URLs, collision-free in practice. */
    public static String forRawKey(String rawKey) {
        return sha256Hex(rawKey.getBytes(StandardCharsets.UTF_8)).substring(0, 20);
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Whether a string has the shape of an article id, so lookups can refuse anything else early. */
    public static boolean isValid(String id) {
        return id != null && id.matches("[0-9a-f]{20}");
    }
}
