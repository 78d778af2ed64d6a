package newsfacts.core.model;

/** Money, a percentage or a count: {@code unit} is a currency code, "%" or the counted noun. */
public record Quantity(Span span, Kind kind, Double value, String unit, String sentence) {
    public enum Kind { MONEY, PERCENT, COUNT }
}
