package newsfacts.core.model;

import java.util.List;

/**
 * The cleaner's output and the extractor's input: the main text of an article, its blocks
 * (separated in {@code body} by a blank line), metadata and provenance.
 */
public record CleanedDocument(String articleId, String body, List<Block> blocks, Metadata metadata,
                              Provenance provenance, int wordCount, String cleanerVersion) {
    public CleanedDocument {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
