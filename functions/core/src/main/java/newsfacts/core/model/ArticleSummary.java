package newsfacts.core.model;

/** What a list of articles shows of each: enough to choose one, not the whole record. */
public record ArticleSummary(String articleId, String title, String published, String siteName,
                             String language, ArticleStatus status) {
}
