package newsfacts.core.model;

/**
 * What a list of articles shows of each: enough to choose one, not the whole record. A failed
 * upload also shows which object it was and why it failed, so a list of failures needs no more calls.
 */
public record ArticleSummary(String articleId, String title, String published, String siteName,
                             String language, ArticleStatus status, String rawKey, FailureReason failureReason) {
}
