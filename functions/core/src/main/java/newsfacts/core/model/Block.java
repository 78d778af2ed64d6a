package newsfacts.core.model;

/** One block of the body: a paragraph, heading, list item or quote, with its offsets into the body. */
public record Block(Kind kind, int start, int end) {
    public enum Kind { PARAGRAPH, HEADING, LIST_ITEM, QUOTE }
}
