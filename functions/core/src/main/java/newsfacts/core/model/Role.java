package newsfacts.core.model;

/** A person holding a position (of an organisation or country), as of the article's date. */
public record Role(String person, String position, String organization, String asOf,
                   String sentence, Span evidence) {
}
