package newsfacts.core.model;

import java.util.List;

/**
 * What the cleaner learned about an article besides its text. Dates are ISO-8601 strings
 * (a date or a date-time), null when unknown.
 */
public record Metadata(String title, String description, List<String> authors,
                       String published, String modified, String siteName, String canonicalUrl,
                       String language, String section, List<String> tags, String image,
                       String datelinePlace, String sourceRecordId, String format) {
    public Metadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
