package newsfacts.aws;

/**
 * S3's per-key event order. Sequencers are hex strings of varying length: left-padded with zeros
 * to one width they compare as strings, which lets DynamoDB refuse a stale event in a condition.
 */
public final class Sequencer {
    static final int WIDTH = 40;

    private Sequencer() {}

    /** The comparable form; an event without a sequencer (a manual invoke) sorts before all others. */
    public static String comparable(String sequencer) {
        String s = sequencer == null ? "" : sequencer.toUpperCase();
        if (!s.matches("[0-9A-F]{0," + WIDTH + "}")) throw new IllegalArgumentException("not a sequencer: " + sequencer);
        return "0".repeat(WIDTH - s.length()) + s;
    }
}
