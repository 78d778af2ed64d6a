package newsfacts.core.model;

/**
 * What the product stores per article and the API returns: status, where the objects are,
 * the cleaned document's metadata and provenance, and the facts (null for a failed article).
 */
public record ArticleRecord(String articleId, ArticleStatus status, String rawKey, String cleanedKey,
                            Metadata metadata, Provenance provenance, int wordCount,
                            Facts facts, Failure failure, String updatedAt) {
}
