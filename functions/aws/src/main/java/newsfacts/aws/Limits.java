package newsfacts.aws;

import java.time.Duration;

/**
 * The bounds that keep one article from exhausting a function, each configurable through the
 * environment (or a system property of the same name), with defaults a 256 MB function survives.
 */
public record Limits(long maxInputBytes, int maxBodyChars, int maxEntities, int maxStatements, Duration timeBudget) {
    /** 150,000 characters is some 25,000 words: longer than any article, short enough to extract in a second. */
    public static final Limits DEFAULT = new Limits(20L << 20, 150_000, 1000, 500, Duration.ofSeconds(20));

    public static Limits fromEnvironment() {
        return new Limits(
                number("MAX_INPUT_BYTES", DEFAULT.maxInputBytes()),
                (int) number("MAX_BODY_CHARS", DEFAULT.maxBodyChars()),
                (int) number("MAX_ENTITIES", DEFAULT.maxEntities()),
                (int) number("MAX_STATEMENTS", DEFAULT.maxStatements()),
                Duration.ofMillis(number("TIME_BUDGET_MS", DEFAULT.timeBudget().toMillis())));
    }

    private static long number(String name, long fallback) {
        String v = System.getProperty(name, System.getenv(name));
        if (v == null || v.isBlank()) return fallback;
        try {
            long n = Long.parseLong(v.strip());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive whole number, not " + v);
        }
    }

}
