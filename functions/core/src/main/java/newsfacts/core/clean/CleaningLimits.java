package newsfacts.core.clean;

/**
 * The bounds the cleaner works within, so no upload can take it over: input size, size after
 * gunzip, tree depth and element count.
 */
public record CleaningLimits(int maxInputBytes, int maxDecompressedBytes, int maxDepth, int maxElements) {
    public static final CleaningLimits DEFAULT = new CleaningLimits(20 << 20, 20 << 20, 256, 400_000);
}
