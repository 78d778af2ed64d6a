package newsfacts.core.entities;

import java.util.Map;
import java.util.Set;

/**
 * One line or sentence to tag, with what the features need precomputed: lower-cased words,
 * shapes, sentence starts, gazetteer marks and how the document writes each word elsewhere.
 */
final class Sequence {
    /** How a line is cased: headlines in capitals or Title Case hide the usual clues. */
    enum Casing { NORMAL, ALL_CAPS, TITLE }

    final String[] words;
    final String[] lower;
    final String[] shapes;
    final boolean[] sentenceStart;
    final int[][] gazetteer;
    final Casing casing;
    /** Per word: 1 if the document also writes it capitalised mid-sentence, 2 if only lower-case, 3 both, 0 neither. */
    final int[] docCase;
    /** Per word: the neighbours of its other capitalised uses in the document. */
    final String[][] docContexts;

    Sequence(String[] words, Casing casing, Gazetteer gazetteer, Map<String, int[]> docStats, DocContexts contexts) {
        int n = words.length;
        this.words = words;
        this.casing = casing;
        lower = new String[n];
        shapes = new String[n];
        sentenceStart = new boolean[n];
        docCase = new int[n];
        docContexts = new String[n][];
        for (int i = 0; i < n; i++) {
            lower[i] = Gazetteer.normalise(words[i]);
            shapes[i] = shape(words[i]);
            sentenceStart[i] = startsSentence(words, i);
            int[] seen = docStats.get(lower[i]);
            if (seen != null) docCase[i] = (seen[0] > 0 ? 1 : 0) | (seen[1] > 0 ? 2 : 0);
            boolean counted = casing == Casing.NORMAL && !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0));
            docContexts[i] = contexts.others(words, lower[i], i, counted);
        }
        this.gazetteer = gazetteer.annotate(lower);
    }

    int length() { return words.length; }

    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ":", ";", "...");

    /** How far back a run of punctuation is looked through: without a bound, a text of quote marks is quadratic. */
    private static final int LOOK_BACK = 32;

    /** A word starts a sentence if only punctuation stands between it and the line start or a full stop. */
    static boolean startsSentence(String[] words, int i) {
        for (int k = i - 1; k >= 0 && k >= i - LOOK_BACK; k--) {
            if (SENTENCE_ENDS.contains(words[k])) return true;
            if (hasLetterOrDigit(words[k])) return false;
        }
        return true;
    }

    static boolean hasLetterOrDigit(String w) {
        for (int k = 0; k < w.length(); k++) if (Character.isLetterOrDigit(w.charAt(k))) return true;
        return false;
    }

    /** Word shape with runs collapsed: "Stoltenberg" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d". */
    static String shape(String w) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int k = 0; k < w.length() && sb.length() < 12; k++) {
            char c = w.charAt(k);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'x' : c;
            if (s != last) sb.append(s);
            last = s;
        }
        return sb.toString();
    }

    /**
     * Counts, per lower-cased word, its capitalised mid-sentence uses ([0]) and lower-case uses ([1])
     * in normally cased lines; caps lines and headlines say nothing about a word's case.
     */
    static void countCase(String[] words, Casing casing, Map<String, int[]> stats) {
        if (casing != Casing.NORMAL) return;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) continue;
            int[] seen = stats.computeIfAbsent(Gazetteer.normalise(w), k -> new int[2]);
            if (Character.isLowerCase(w.charAt(0))) seen[1]++;
            else if (!startsSentence(words, i)) seen[0]++;
        }
    }

    /** All-caps if nearly every letter is a capital (and there are enough letters to tell). */
    static Casing casingOf(String[] words) {
        int letters = 0, upper = 0, longWords = 0, capitalised = 0;
        for (String w : words) {
            int wordLetters = 0;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLetter(c)) { letters++; wordLetters++; if (Character.isUpperCase(c)) upper++; }
            }
            if (wordLetters > 3) { longWords++; if (Character.isUpperCase(w.charAt(0))) capitalised++; }
        }
        if (letters >= 6 && upper >= 0.9 * letters) return Casing.ALL_CAPS;
        if (longWords >= 4 && capitalised >= 0.8 * longWords) return Casing.TITLE;
        return Casing.NORMAL;
    }
}
