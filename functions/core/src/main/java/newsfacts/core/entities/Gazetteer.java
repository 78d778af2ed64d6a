package newsfacts.core.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Name lists matched over lower-cased tokens: GeoNames places, country demonyms, international
 * organisations. Membership is a feature for the tagger, never a rule on its own ("Bath",
 * "Reading" and "Nice" are cities too). Phrases are stored tokenised and lower-cased.
 */
final class Gazetteer {
    static final String[] CATEGORIES = {"country", "region", "city", "bigcity", "demonym", "org", "orgabbr"};
    static final int COUNTRY = 1, REGION = 2, CITY = 4, BIG_CITY = 8, DEMONYM = 16, ORG = 32, ORG_ABBR = 64;
    private static final int MAX_WORDS = 8;

    private final Map<String, Integer> phrases = new HashMap<>();
    /** First word of each phrase of several words → the most words such a phrase has. */
    private final Map<String, Integer> longestFrom = new HashMap<>();

    void add(String tokenisedLower, int category) {
        phrases.merge(tokenisedLower, category, (a, b) -> a | b);
        int space = tokenisedLower.indexOf(' ');
        if (space > 0) {
            int words = 1;
            for (int k = space; k >= 0; k = tokenisedLower.indexOf(' ', k + 1)) words++;
            longestFrom.merge(tokenisedLower.substring(0, space), words, Math::max);
        }
    }

    /** The categories of a tokenised, lower-cased phrase, 0 if none. */
    int categories(String key) {
        return phrases.getOrDefault(key, 0);
    }

    /** The categories of the phrase {@code lower[from, to)}, 0 if none. */
    int categories(String[] lower, int from, int to) {
        if (to - from == 1) return phrases.getOrDefault(lower[from], 0);
        StringBuilder sb = new StringBuilder(lower[from]);
        for (int k = from + 1; k < to; k++) sb.append(' ').append(lower[k]);
        return phrases.getOrDefault(sb.toString(), 0);
    }

    /**
     * For every token, the categories of the longest listed phrase covering it, with its position
     * in that phrase: {@code out[i] = category bits << 2 | position} (0 begin, 1 inside, 2 end, 3 unit).
     */
    int[][] annotate(String[] lower) {
        int n = lower.length;
        int[][] marks = new int[n][];
        int[] empty = new int[0];
        java.util.Arrays.fill(marks, empty);
        for (int start = 0; start < n; start++) {
            int longest = longestFrom.getOrDefault(lower[start], 1);
            for (int end = Math.min(n, start + Math.min(longest, MAX_WORDS)); end > start; end--) {
                int cats = categories(lower, start, end);
                if (cats == 0) continue;
                for (int k = start; k < end; k++) {
                    int pos = end - start == 1 ? 3 : k == start ? 0 : k == end - 1 ? 2 : 1;
                    int[] old = marks[k];
                    int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                    grown[old.length] = cats << 2 | pos;
                    marks[k] = grown;
                }
                break;
            }
        }
        return marks;
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** Reads a gzipped (or plain) TSV, handing each row's first column and the rest over. */
    static void readTsv(InputStream in, boolean gzipped, BiConsumer<String, String> row) {
        String text;
        try (in) {
            // one decode of the whole file, then intrinsic indexOf: a cold JVM reads this fastest
            text = new String((gzipped ? new GZIPInputStream(in, 1 << 16) : in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int from = 0, end; from < text.length(); from = end + 1) {
            end = text.indexOf('\n', from);
            if (end < 0) end = text.length();
            if (end == from || text.charAt(from) == '#') continue;
            int tab = text.indexOf('\t', from);
            if (tab < 0 || tab > end) row.accept(text.substring(from, end), "");
            else row.accept(text.substring(from, tab), text.substring(tab + 1, end));
        }
    }
}
