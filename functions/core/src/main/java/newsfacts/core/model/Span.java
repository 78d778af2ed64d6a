package newsfacts.core.model;

/** A piece of the cleaned body: its text and character offsets ({@code end} exclusive). */
public record Span(String text, int start, int end) {
    public static Span of(String body, int start, int end) {
        return new Span(body.substring(start, end), start, end);
    }
}
