package newsfacts.core.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.BitSet;

/**
 * Picks the East-Asian multi-byte charset of undeclared bytes by what each decoding looks like.
 * Their byte ranges overlap so much that a strict decode rarely fails (GB18030 accepts almost any
 * pair), so each decoding is judged by its language instead: the share of its characters that
 * the language writes often.
 */
final class EastAsianGuess {
    private enum Language { CHINESE, JAPANESE, KOREAN }

    private record Candidate(Charset charset, Language language, BitSet frequent) {}

    /*
     * The frequent letters are each standard's own first level, which its makers chose by use:
     * the 2350 Hangul syllables of KS X 1001 (EUC-KR B0A1-C8FE), GB2312 level 1 (lead bytes B0-D7),
     * Big5 "frequently used" (A440-C67E) and JIS X 0208 level 1 (EUC-JP lead bytes B0-CF), plus kana.
     *
     * Korean comes first because ties go to the earlier candidate: every Hangul syllable of EUC-KR
     * has the bytes of a GB2312 level-1 hanzi, so Korean text can score as well read as Chinese.
     * Chinese read as Korean does not: part of its characters become Hanja, which do not count.
     */
    private static final BitSet JIS_LEVEL_1 = letters("EUC-JP", 0xb0, 0xcf, 0xa1, 0xfe);
    private static final Candidate[] CANDIDATES = {
            new Candidate(Charset.forName("x-windows-949"), Language.KOREAN, letters("EUC-KR", 0xb0, 0xc8, 0xa1, 0xfe)),
            new Candidate(Charset.forName("GB18030"), Language.CHINESE, letters("GB2312", 0xb0, 0xd7, 0xa1, 0xfe)),
            new Candidate(Charset.forName("x-windows-950"), Language.CHINESE, letters("Big5", 0xa4, 0xc6, 0x40, 0xfe)),
            new Candidate(Charset.forName("windows-31j"), Language.JAPANESE, JIS_LEVEL_1),
            new Candidate(Charset.forName("EUC-JP"), Language.JAPANESE, JIS_LEVEL_1),
    };

    /** Below this share of frequent characters a decoding is mojibake, or the bytes are not East-Asian. */
    static final double PLAUSIBLE = 0.6;

    private EastAsianGuess() {}

    /** The most plausible decoding, or null when none reads like Chinese, Japanese or Korean. */
    static String decode(byte[] b) {
        String best = null;
        double bestScore = PLAUSIBLE;
        for (Candidate c : CANDIDATES) {
            // a stray bad byte (a cut page, a pasted fragment) costs a candidate one character,
            // not its chance: a replacement character counts as infrequent
            String s = new String(b, c.charset);
            double score = score(s, c);
            if (score > bestScore || best == null && score >= bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The share of the non-ASCII characters that are frequent in the candidate's language. Two
     * kinds of frequent letters do not count, because real text does not have them: one between
     * two ASCII letters (an accented Latin letter misread) and, in Chinese and Japanese, which do
     * not put spaces between words, one after a space after a letter (Korean misread, see above).
     */
    static double score(String s, Candidate c) {
        int nonAscii = 0, frequent = 0, kana = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) continue;
            nonAscii++;
            boolean isKana = ch >= 0x3041 && ch <= 0x30ff; // full-width only: half-width kana are rare in prose
            if (isKana) kana++;
            if (isPunctuation(ch)) frequent++;
            else if ((c.frequent.get(ch) || isKana && c.language == Language.JAPANESE) && !insideLatinWord(s, i)
                    && !(c.language != Language.KOREAN && afterSpacedWord(s, i))) frequent++;
        }
        if (nonAscii == 0) return 0;
        // Japanese prose always has kana between its kanji; without them it is Chinese misread
        if (c.language == Language.JAPANESE && kana * 10 < nonAscii) return 0;
        return frequent / (double) nonAscii;
    }

    static double score(String s, String charset) {
        for (Candidate c : CANDIDATES) if (c.charset.name().equals(charset)) return score(s, c);
        throw new IllegalArgumentException(charset);
    }

    /** CJK symbols and punctuation, full-width forms, quotes and dashes: shared by all three. */
    private static boolean isPunctuation(char ch) {
        return ch >= 0x3000 && ch <= 0x303f || ch >= 0xff01 && ch <= 0xff5e || ch >= 0x2010 && ch <= 0x2027 || ch == 0xb7;
    }

    private static boolean insideLatinWord(String s, int i) {
        return i > 0 && i + 1 < s.length() && isAsciiLetter(s.charAt(i - 1)) && isAsciiLetter(s.charAt(i + 1));
    }

    /** Whether the character follows a space that follows an East-Asian letter. */
    private static boolean afterSpacedWord(String s, int i) {
        return i >= 2 && s.charAt(i - 1) == ' ' && s.charAt(i - 2) >= 0x3041 && Character.isLetter(s.charAt(i - 2));
    }

    private static boolean isHanOrHangul(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The hanzi and Hangul of the double-byte codes with lead and trail bytes in the given ranges
     * (a range may end in other symbols: Big5 after C67E has kana).
     */
    private static BitSet letters(String charset, int firstLead, int lastLead, int firstTrail, int lastTrail) {
        BitSet set = new BitSet(0x10000);
        CharsetDecoder decoder = Charset.forName(charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int lead = firstLead; lead <= lastLead; lead++) {
            for (int trail = firstTrail; trail <= lastTrail; trail++) {
                try {
                    String s = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) lead, (byte) trail})).toString();
                    if (s.length() == 1 && isHanOrHangul(s.charAt(0))) set.set(s.charAt(0));
                } catch (CharacterCodingException unassigned) {
                    // a gap in the table
                }
            }
        }
        return set;
    }
}
