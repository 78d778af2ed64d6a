package newsfacts.core.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Retrains the shipped entity model: {@code Train CORPORA_DIR RESOURCE_DIR}. Builds the name
 * lists from {@code CORPORA_DIR/gazetteers} into RESOURCE_DIR, then trains the tagger (averaged
 * structured perceptron) on the CC BY corpora and writes {@code tagger.bin.gz}. Deterministic for a
 * given {@code -Dseed} (default 17; it orders the case-variant draws and the shuffles).
 */
public final class Train {
    /** Corpus file, and whether it annotates MISC (if not, MISC is left free on its O tokens). */
    private record Corpus(String path, boolean hasMisc, boolean realDocuments) {}

    private static final List<Corpus> CORPORA = List.of(
            new Corpus("gum/gum-wikinews.conll.gz", true, true),
            new Corpus("gum/gum-academic.conll.gz", true, true),
            new Corpus("wikigold/wikigold.conll.gz", true, true),
            new Corpus("btc/btc.conll.gz", false, false),
            new Corpus("wnut17/wnut17.conll.gz", true, false));
    private static final int EPOCHS = Integer.getInteger("epochs", 8);
    private static final int MIN_FEATURE_COUNT = 2;
    /** Features whose averaged weights all stay below this are dropped from the shipped model. */
    private static final float MIN_WEIGHT = Float.parseFloat(System.getProperty("minWeight", "1"));
    private static final double CAPS_RATE = Double.parseDouble(System.getProperty("capsRate", "0.15"));

    private record Example(int[][] features, int[] gold, boolean[][] permitted) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Train CORPORA_DIR RESOURCE_DIR");
            System.exit(2);
        }
        Path corpora = Path.of(args[0]), out = Path.of(args[1]);
        Files.createDirectories(out);
        NameLists.build(corpora.resolve("gazetteers"), out);
        Lexicon lexicon = Lexicon.load(name -> raw(out.resolve(name)));

        List<List<String[][]>> documents = new ArrayList<>(); // document → sentences → {words, tags}
        List<Corpus> sources = new ArrayList<>();
        for (Corpus c : CORPORA) {
            for (List<String[][]> doc : readConll(corpora.resolve(c.path), c.realDocuments)) {
                documents.add(doc);
                sources.add(c);
            }
        }
        Set<String> mostlyLower = mostlyLower(documents);
        Features features = new Features(mostlyLower);

        // sequences, with capitalised and Title Case copies so headlines look familiar
        Random random = new Random(Long.getLong("seed", 17));
        List<Sequence> sequences = new ArrayList<>();
        List<int[]> golds = new ArrayList<>();
        List<Boolean> misc = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            Map<String, int[]> stats = new HashMap<>();
            DocContexts contexts = new DocContexts();
            for (String[][] s : documents.get(d)) {
                Sequence.countCase(s[0], Sequence.casingOf(s[0]), stats);
                contexts.add(s[0], Sequence.casingOf(s[0]));
            }
            for (String[][] s : documents.get(d)) {
                int[] gold = labels(s[1]);
                // a corpus whose MISC differs from CoNLL's (WNUT: products, creative works) counts as unannotated for MISC
                if (!sources.get(d).hasMisc) for (int i = 0; i < gold.length; i++) if (gold[i] >= 7) gold[i] = 0;
                List<String[]> variants = new ArrayList<>();
                variants.add(s[0]);
                if (s[0].length >= 3 && random.nextDouble() < CAPS_RATE) variants.add(upper(s[0]));
                if (s[0].length >= 4 && random.nextDouble() < 0.08) variants.add(titleCase(s[0]));
                for (String[] words : variants) {
                    sequences.add(new Sequence(words, Sequence.casingOf(words), lexicon.gazetteer, stats, contexts));
                    golds.add(gold);
                    misc.add(sources.get(d).hasMisc);
                }
            }
        }
        System.err.printf("%d sequences, %d mostly-lower words%n", sequences.size(), mostlyLower.size());

        // keep features seen at least twice
        Map<Integer, int[]> counts = new HashMap<>();
        for (Sequence s : sequences)
            for (int i = 0; i < s.length(); i++) features.extract(s, i, f -> counts.computeIfAbsent(f, k -> new int[1])[0]++);
        Map<Integer, Integer> rowOf = new HashMap<>();
        counts.forEach((f, n) -> { if (n[0] >= MIN_FEATURE_COUNT) rowOf.put(f, rowOf.size()); });
        counts.clear();
        System.err.printf("%d features%n", rowOf.size());

        List<Example> examples = new ArrayList<>();
        for (int k = 0; k < sequences.size(); k++) {
            Sequence s = sequences.get(k);
            int[][] feats = new int[s.length()][];
            for (int i = 0; i < s.length(); i++) {
                List<Integer> rows = new ArrayList<>();
                features.extract(s, i, f -> { Integer r = rowOf.get(f); if (r != null) rows.add(r); });
                feats[i] = rows.stream().mapToInt(Integer::intValue).toArray();
            }
            int[] gold = golds.get(k);
            examples.add(new Example(feats, gold, misc.get(k) ? null : permitMisc(gold)));
        }
        sequences.clear();

        int rows = rowOf.size(), L = Tagger.L;
        float[] w = new float[rows * L], wSum = new float[rows * L];
        float[] t = new float[(L + 1) * L], tSum = new float[(L + 1) * L];
        int step = 1;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(examples, random);
            int wrong = 0, tokens = 0;
            for (Example ex : examples) {
                float[][] scores = scores(ex.features, w);
                int[] predicted = Tagger.viterbi(scores, t, null);
                int[] gold = ex.permitted == null ? ex.gold : Tagger.viterbi(scores, t, ex.permitted);
                tokens += gold.length;
                if (!Arrays.equals(predicted, gold)) {
                    for (int i = 0; i < gold.length; i++) {
                        if (predicted[i] != gold[i]) wrong++;
                        int pg = i == 0 ? L : gold[i - 1], pp = i == 0 ? L : predicted[i - 1];
                        if (predicted[i] == gold[i] && pg == pp) continue;
                        for (int r : ex.features[i]) {
                            update(w, wSum, r * L + gold[i], 1, step);
                            update(w, wSum, r * L + predicted[i], -1, step);
                        }
                        update(t, tSum, pg * L + gold[i], 1, step);
                        update(t, tSum, pp * L + predicted[i], -1, step);
                    }
                }
                step++;
            }
            System.err.printf("epoch %d: token errors %.4f%n", epoch + 1, wrong / (double) tokens);
        }
        average(w, wSum, step);
        average(t, tSum, step);

        int[] keys = new int[rows];
        rowOf.forEach((f, r) -> keys[r] = f);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out.resolve(Lexicon.MODEL)), 1 << 16)) {
            Tagger.write(o, mostlyLower, keys, w, t, MIN_WEIGHT);
        }
        System.err.printf("model: %d bytes%n", Files.size(out.resolve(Lexicon.MODEL)));
    }

    /** Adds delta at index; sum collects step-weighted updates so the average is w - sum / steps. */
    private static void update(float[] w, float[] sum, int index, int delta, int step) {
        w[index] += delta;
        sum[index] += delta * (float) step;
    }

    private static void average(float[] w, float[] sum, int steps) {
        for (int k = 0; k < w.length; k++) w[k] -= sum[k] / steps;
    }

    private static float[][] scores(int[][] features, float[] w) {
        int L = Tagger.L;
        float[][] scores = new float[features.length][L];
        for (int i = 0; i < features.length; i++)
            for (int r : features[i]) for (int l = 0; l < L; l++) scores[i][l] += w[r * L + l];
        return scores;
    }

    /** Without MISC annotation an O token may be MISC; entity tokens keep their label. */
    private static boolean[][] permitMisc(int[] gold) {
        boolean[][] permitted = new boolean[gold.length][Tagger.L];
        for (int i = 0; i < gold.length; i++) {
            permitted[i][gold[i]] = true;
            if (gold[i] == 0) permitted[i][7] = permitted[i][8] = true;
        }
        return permitted;
    }

    private static int[] labels(String[] tags) {
        int[] out = new int[tags.length];
        for (int i = 0; i < tags.length; i++) {
            out[i] = Arrays.asList(Tagger.LABELS).indexOf(tags[i]);
            if (out[i] < 0) throw new IllegalArgumentException("unknown tag " + tags[i]);
        }
        return out;
    }

    private static String[] upper(String[] words) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) out[i] = words[i].toUpperCase(Locale.ROOT);
        return out;
    }

    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "as");

    private static String[] titleCase(String[] words) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            out[i] = w.isEmpty() || SMALL_WORDS.contains(w) && i > 0 ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
        }
        return out;
    }

    /** Words written lower-case in most of their mid-sentence uses in the training text. */
    private static Set<String> mostlyLower(List<List<String[][]>> documents) {
        Map<String, int[]> stats = new HashMap<>();
        for (List<String[][]> doc : documents)
            for (String[][] s : doc) Sequence.countCase(s[0], Sequence.casingOf(s[0]), stats);
        Set<String> out = new TreeSet<>();
        stats.forEach((w, n) -> { if (n[1] >= 2 && n[1] > 2 * n[0]) out.add(w); });
        return out;
    }

    /** Reads a CoNLL file into documents of sentences; without real documents every sentence is one. */
    private static List<List<String[][]>> readConll(Path path, boolean realDocuments) throws IOException {
        List<List<String[][]>> docs = new ArrayList<>();
        List<String[][]> doc = new ArrayList<>();
        List<String> words = new ArrayList<>(), tags = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            for (String line; ; ) {
                line = r.readLine();
                boolean end = line == null || line.isBlank() || line.startsWith("-DOCSTART-");
                if (!end) {
                    int tab = line.lastIndexOf('\t');
                    words.add(line.substring(0, tab).replace('_', ' '));
                    tags.add(line.substring(tab + 1).trim());
                    continue;
                }
                if (!words.isEmpty()) {
                    doc.add(new String[][]{words.toArray(new String[0]), tags.toArray(new String[0])});
                    words.clear();
                    tags.clear();
                    if (!realDocuments) { docs.add(doc); doc = new ArrayList<>(); }
                }
                if ((line == null || line.startsWith("-DOCSTART-")) && !doc.isEmpty()) {
                    docs.add(doc);
                    doc = new ArrayList<>();
                }
                if (line == null) break;
            }
        }
        return docs;
    }

    static InputStream raw(Path path) {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(Path path) {
        try {
            InputStream in = Files.newInputStream(path);
            return path.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
