package newsfacts.core.nlp;

import newsfacts.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits English text into sentences, with offsets. A sentence ends at {@code . ! ?} (plus any
 * closing quotes or brackets) followed by space and a likely sentence start, or at a line break.
 * Abbreviations (Mr., Sen., U.S., Jan., initials) do not end a sentence.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
            "adm", "maj", "pres", "sr", "jr", "st", "rev", "hon", "no", "vs", "etc", "inc", "corp", "ltd", "co",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "ft", "mt", "ave", "blvd", "dept", "approx", "est", "fig", "al", "op", "ed", "pp", "vol");

    private static final Set<String> OPENERS = Set.of("He", "She", "They", "It", "We", "I", "The", "This", "That",
            "But", "And", "However", "In", "On", "At", "A", "An", "His", "Her", "Their", "There");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt",
            "col", "sgt", "capt", "cmdr", "adm", "maj", "pres", "rev", "hon", "st", "mt", "no", "vs");

    private Sentences() {}

    /** The sentences of {@code text}, trimmed, in order. */
    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0, n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, out);
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && isCloser(text.charAt(end))) end++;
                if (end < n && !isSpace(text.charAt(end))) continue;
                int next = end;
                while (next < n && text.charAt(next) != '\n' && isSpace(text.charAt(next))) next++;
                if (next < n && text.charAt(next) != '\n' && !startsSentence(text.charAt(next))) continue;
                if (c == '.' && isAbbreviation(text, i) && !(startsWithCommonOpener(text, next) && !isTitle(text, i))) continue;
                add(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, n, out);
        return out;
    }

    /** Whether the text ends as {@link #split} ends a sentence: {@code . ! ?}, then any closing quotes or brackets. */
    public static boolean endsWithStop(String text) {
        int end = text.length();
        while (end > 0 && isCloser(text.charAt(end - 1))) end--;
        if (end == 0) return false;
        char c = text.charAt(end - 1);
        return c == '.' || c == '!' || c == '?';
    }

    /** Whitespace, including the no-break spaces news text is full of. */
    static boolean isSpace(char c) { return Character.isWhitespace(c) || Character.isSpaceChar(c); }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\u2018'
                || c == '(' || c == '[' || c == '\'' || c == '\u2014' || c == '-';
    }

    /** "7 p.m. He says": after an abbreviation, a pronoun or article starting a word still opens a sentence. */
    private static boolean startsWithCommonOpener(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return OPENERS.contains(text.substring(at, end));
    }

    /** Titles and initials before a name never end a sentence: "Sen. The ..." does not happen, "Mr. He" neither. */
    private static boolean isTitle(String text, int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        String word = text.substring(s, dot).toLowerCase();
        return word.length() == 1 && s + 1 == dot && Character.isUpperCase(text.charAt(s)) || TITLES.contains(word);
    }

    /** Is the word ending at the period {@code dot} an abbreviation or an initial? */
    private static boolean isAbbreviation(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
        String word = text.substring(s, dot);
        if (word.isEmpty()) return false;
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true; // an initial: "J."
        if (word.indexOf('.') >= 0) return true; // U.S., a.m.
        // "No. 2" abbreviates, "she would vote no. Her office ..." ends a sentence
        if (word.equals("no")) return false;
        return ABBREVIATIONS.contains(word.toLowerCase());
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && isSpace(text.charAt(start))) start++;
        while (end > start && isSpace(text.charAt(end - 1))) end--;
        if (end > start) out.add(Span.of(text, start, end));
    }
}
