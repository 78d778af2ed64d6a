package newsfacts.core.model;

/**
 * Who said what. {@code speaker} is the canonical entity name (null only when unresolved);
 * {@code source} is the mention in the text it was resolved from.
 */
public record Statement(String speaker, Span source, Span cue, String cueLemma, Span content,
                        Kind kind, String sentence, Span evidence) {
    public enum Kind { DIRECT, REPORTED }
}
