package newsfacts.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into Penn-style word tokens with character offsets: punctuation and the clitics
 * {@code 's n't 're 've 'll 'd 'm} come off, hyphenated words, numbers, initialisms ("U.S.") and
 * common abbreviations ("Mr.", "Jan.") stay whole. Offsets index the given string.
 */
public final class Tokenizer {
    /** A token: its text and offsets ({@code end} exclusive). */
    public record Token(String text, int start, int end) {}

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt",
            "st", "jr", "sr", "inc", "corp", "ltd", "co", "bros", "vs", "no", "mt", "ft", "rev", "hon",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "ave", "blvd", "dept", "univ", "est", "approx", "etc", "fig", "al", "pres", "adm", "cmdr");
    private static final String[] CLITICS = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};

    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) { i++; continue; }
            int end;
            if (isWordChar(c)) {
                end = addWord(text, i, wordEnd(text, i), out);
            } else {
                end = i + 1;
                // keep runs such as "..." or "--" together
                if ((c == '.' || c == '-') && end < n && text.charAt(end) == c) {
                    while (end < n && text.charAt(end) == c) end++;
                }
                out.add(new Token(text.substring(i, end), i, end));
            }
            i = end;
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) { return c == '\'' || c == '\u2019'; }

    /** The end of a word starting at {@code start}: letters/digits joined by single inner - ' . , & / . */
    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) { i++; continue; }
            if (i + 1 < n && isWordChar(text.charAt(i + 1))) {
                boolean digitsAround = Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
                if (c == '-' || isApostrophe(c) || c == '&' && Character.isUpperCase(text.charAt(i - 1))
                        || (c == '.' || c == ',' || c == ':' || c == '/') && digitsAround
                        || c == '.' && isInitialism(text, start, i)) {
                    i++;
                    continue;
                }
            }
            // an initialism keeps its final dot: "U.S."; so does a name's initial: "J. Smith"
            if (c == '.' && isInitialism(text, start, i)) return i + 1;
            if (c == '.' && i == start + 1 && Character.isUpperCase(text.charAt(start))) return i + 1;
            break;
        }
        return i;
    }

    private static final int MAX_INITIALISM = 15;

    /** Whether text[start, dot) followed by a dot reads as single letters with dots ("U.S", "p.m"). */
    private static boolean isInitialism(String text, int start, int dot) {
        if (dot - start > MAX_INITIALISM) return false; // a long run of "a.a.a." is no initialism, and would be quadratic
        for (int k = start; k < dot; k += 2) {
            if (!Character.isLetter(text.charAt(k))) return false;
            if (k + 1 < dot && text.charAt(k + 1) != '.') return false;
        }
        return (dot - start) % 2 == 1 && (dot - start > 1 || dot + 2 < text.length() && Character.isLetter(text.charAt(dot + 1)) && text.charAt(dot + 2) == '.');
    }

    /** Adds the word text[start, end), split or extended as needed; returns where it ended. */
    private static int addWord(String text, int start, int end, List<Token> out) {
        String word = text.substring(start, end);
        String lower = word.toLowerCase().replace('\u2019', '\'');
        for (String clitic : CLITICS) {
            if (lower.endsWith(clitic) && lower.length() > clitic.length()) {
                int cut = end - clitic.length();
                out.add(new Token(text.substring(start, cut), start, cut));
                out.add(new Token(text.substring(cut, end), cut, end));
                return end;
            }
        }
        // a known abbreviation keeps its dot: "Mr.", "Jan."
        if (end < text.length() && text.charAt(end) == '.' && ABBREVIATIONS.contains(lower)) end++;
        out.add(new Token(text.substring(start, end), start, end));
        return end;
    }
}
