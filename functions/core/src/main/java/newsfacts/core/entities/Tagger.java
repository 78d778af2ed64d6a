package newsfacts.core.entities;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;

/**
 * A first-order linear-chain tagger over BIO labels: per-token feature weights plus label
 * transitions, decoded with Viterbi. Weights come from an averaged perceptron ({@link Train}) and
 * are stored as 16-bit fixed point in a hashed-feature table.
 */
final class Tagger {
    static final String[] LABELS = {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
    static final int L = LABELS.length;
    private static final int MAGIC = 0x4e455232; // "NER2"

    final Features features;
    final Set<String> mostlyLower;
    private final int[] slots;    // open addressing: feature hash, 0 = empty
    private final int[] rows;     // row index of the slot's weights
    private final float[] weights;
    private final float[] transitions; // (L + 1) x L, last row = start

    Tagger(Set<String> mostlyLower, int[] keys, float[] weights, float[] transitions) {
        this.mostlyLower = mostlyLower;
        this.features = new Features(mostlyLower);
        this.weights = weights;
        this.transitions = transitions;
        int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2)) << 1;
        slots = new int[capacity];
        rows = new int[capacity];
        for (int r = 0; r < keys.length; r++) {
            int slot = keys[r] & (capacity - 1);
            while (slots[slot] != 0) slot = (slot + 1) & (capacity - 1);
            slots[slot] = keys[r];
            rows[slot] = r;
        }
    }

    private int row(int feature) {
        int mask = slots.length - 1;
        for (int slot = feature & mask; ; slot = (slot + 1) & mask) {
            int key = slots[slot];
            if (key == feature) return rows[slot];
            if (key == 0) return -1;
        }
    }

    int[] decode(Sequence s) {
        int n = s.length();
        float[][] scores = new float[n][L];
        for (int i = 0; i < n; i++) {
            float[] score = scores[i];
            features.extract(s, i, f -> {
                int r = row(f);
                if (r >= 0) for (int l = 0, base = r * L; l < L; l++) score[l] += weights[base + l];
            });
        }
        return viterbi(scores, transitions, null);
    }

    static boolean allowed(int previous, int label) {
        // I-X only continues B-X or I-X
        return label == 0 || label % 2 == 1 || previous > 0 && (previous + 1) / 2 == (label + 1) / 2;
    }

    /** Best label path; {@code permitted[i][l]} (if given) restricts the labels of token i. */
    static int[] viterbi(float[][] scores, float[] transitions, boolean[][] permitted) {
        int n = scores.length;
        int[] path = new int[n];
        if (n == 0) return path;
        float[] best = new float[L], next = new float[L];
        int[][] back = new int[n][L];
        for (int l = 0; l < L; l++) {
            boolean ok = allowed(-1, l) && (permitted == null || permitted[0][l]);
            best[l] = ok ? scores[0][l] + transitions[L * L + l] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int l = 0; l < L; l++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (permitted == null || permitted[i][l]) {
                    for (int p = 0; p < L; p++) {
                        if (!allowed(p, l)) continue;
                        float v = best[p] + transitions[p * L + l];
                        if (v > top) { top = v; arg = p; }
                    }
                }
                next[l] = top + scores[i][l];
                back[i][l] = arg;
            }
            float[] swap = best; best = next; next = swap;
        }
        int last = 0;
        for (int l = 1; l < L; l++) if (best[l] > best[last]) last = l;
        for (int i = n - 1; i >= 0; i--) {
            path[i] = last;
            last = back[i][last];
        }
        return path;
    }

    static Tagger read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) throw new IOException("not a tagger model");
        Set<String> mostlyLower = readWords(data);
        int n = data.readInt();
        int[] keys = new int[n];
        ByteBuffer.wrap(readBytes(data, n * 4)).asIntBuffer().get(keys);
        float scale = data.readFloat();
        short[] fixed = new short[n * L];
        ByteBuffer.wrap(readBytes(data, n * L * 2)).asShortBuffer().get(fixed);
        float[] weights = new float[n * L];
        for (int k = 0; k < weights.length; k++) weights[k] = fixed[k] * scale;
        float[] transitions = new float[(L + 1) * L];
        for (int k = 0; k < transitions.length; k++) transitions[k] = data.readFloat();
        return new Tagger(mostlyLower, keys, weights, transitions);
    }

    /** A word set stored as one UTF-8 block of newline-separated words. */
    private static Set<String> readWords(DataInputStream data) throws IOException {
        String block = new String(readBytes(data, data.readInt()), java.nio.charset.StandardCharsets.UTF_8);
        Set<String> words = new HashSet<>(block.length() / 4);
        for (int from = 0, nl; from < block.length(); from = nl + 1) {
            nl = block.indexOf('\n', from);
            if (nl < 0) nl = block.length();
            words.add(block.substring(from, nl));
        }
        return words;
    }

    private static void writeWords(DataOutputStream data, Set<String> words) throws IOException {
        byte[] block = String.join("\n", new java.util.TreeSet<>(words)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        data.writeInt(block.length);
        data.write(block);
    }

    private static byte[] readBytes(DataInputStream data, int n) throws IOException {
        byte[] bytes = new byte[n];
        data.readFully(bytes);
        return bytes;
    }

    /** Writes the model; features whose weights are all below {@code minWeight} are left out. */
    static void write(OutputStream out, Set<String> mostlyLower, int[] keys, float[] weights, float[] transitions, float minWeight) throws IOException {
        float max = 0;
        for (float w : weights) max = Math.max(max, Math.abs(w));
        float scale = max / Short.MAX_VALUE;
        int kept = 0;
        boolean[] keep = new boolean[keys.length];
        for (int r = 0; r < keys.length; r++) {
            for (int l = 0; l < L; l++) if (Math.abs(weights[r * L + l]) >= Math.max(scale, minWeight)) keep[r] = true;
            if (keep[r]) kept++;
        }
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        writeWords(data, mostlyLower);
        data.writeInt(kept);
        for (int r = 0; r < keys.length; r++) if (keep[r]) data.writeInt(keys[r]);
        data.writeFloat(scale);
        for (int r = 0; r < keys.length; r++) {
            if (!keep[r]) continue;
            for (int l = 0; l < L; l++) data.writeShort(Math.round(weights[r * L + l] / scale));
        }
        for (float t : transitions) data.writeFloat(t);
        data.flush();
    }
}
