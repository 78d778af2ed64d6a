package newsfacts.core.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small word tokenizer for the fact rules: words (with a split-off possessive) and punctuation, with offsets. */
final class Tokens {
    /** One token: its text and {@code [start, end)} in the text it came from. */
    record Token(String text, int start, int end) {
        String lower() { return text.toLowerCase(); }

        boolean isWord() { return Character.isLetterOrDigit(text.charAt(0)); }

        boolean isCapitalised() { return Character.isUpperCase(text.charAt(0)); }

        boolean is(String s) { return text.equalsIgnoreCase(s); }

        boolean isPossessive() { return text.equals("'s") || text.equals("\u2019s") || text.equals("'") || text.equals("\u2019"); }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"                                              // U.S., U.N.
            // words, 3.5, don't. The joined parts repeat possessively (*+): the same match, since nothing after
            // them can fail, but java.util.regex then loops instead of recursing once per part, which
            // overflowed the stack on a 100,000-character "a-a-a-..."
            + "|[\\p{L}\\p{N}]+(?:[-&.,/][\\p{L}\\p{N}]+)*+(?:['\u2019](?!s\\b)\\p{L}+)?"
            + "|['\u2019]s\\b"                                               // possessive
            + "|[^\\s\u00a0\u2007\u2009\u200a\u202f\u200b]");

    private Tokens() {}

    static List<Token> of(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) out.add(new Token(m.group(), m.start(), m.end()));
        return out;
    }

    static List<Token> of(String text) { return of(text, 0, text.length()); }
}
