package newsfacts.core.model;

/**
 * A date in the text, resolved to ISO-8601 ({@code value}); {@code relative} when it was
 * resolved against the publication date; {@code event} names what it dates, when the sentence says.
 */
public record DateMention(Span span, String value, boolean relative, String event,
                          String sentence) {
}
