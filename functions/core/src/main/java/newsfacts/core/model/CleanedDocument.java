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

    /**
     * This document with its body cut at the last block boundary before {@code maxChars}, or itself
     * when it is not longer: extraction time grows with length, and no article needs more.
     */
    public CleanedDocument withBodyLimit(int maxChars) {
        if (body.length() <= maxChars) return this;
        int cut = body.lastIndexOf("\n\n", maxChars);
        int end = cut > 0 ? cut : maxChars;
        return new CleanedDocument(articleId, body.substring(0, end), blocks.stream().filter(b -> b.end() <= end).toList(),
                metadata, provenance, wordCount, cleanerVersion);
    }
}
