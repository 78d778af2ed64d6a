package newsfacts.aws;

import newsfacts.core.ArticleIds;

/** The bucket's layout: uploads under raw/, cleaned documents under cleaned/&lt;articleId&gt;.json. */
public final class Keys {
    public static final String RAW = "raw/";
    public static final String CLEANED = "cleaned/";

    private Keys() {}

    public static String cleanedKey(String articleId) { return CLEANED + articleId + ".json"; }

    public static String articleIdOfRaw(String rawKey) { return ArticleIds.forRawKey(rawKey); }

    /** The article id a cleaned key names, or null when the key is not one this pipeline writes. */
    public static String articleIdOfCleaned(String cleanedKey) {
        if (!cleanedKey.startsWith(CLEANED) || !cleanedKey.endsWith(".json")) return null;
        String id = cleanedKey.substring(CLEANED.length(), cleanedKey.length() - ".json".length());
        return ArticleIds.isValid(id) ? id : null;
    }
}
