package newsfacts.core.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page: byte-order mark, then a charset declared in the first bytes
 * ({@code <meta charset>}, {@code http-equiv}, XML declaration), then UTF-8 (allowing a few bad
 * bytes), then a guess between East-Asian multi-byte charsets and windows-1252.
 */
final class Charsets {
    private static final Pattern DECLARED = Pattern.compile(
            "(?:<meta[^>]{0,300}?charset\\s*=\\s*[\"']?|<\\?xml[^>]{0,100}?encoding\\s*=\\s*[\"'])([a-z0-9_:.\\-]{2,40})",
            Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Charsets() {}

    static String decode(byte[] b, boolean html) {
        Charset bom = bomCharset(b);
        if (bom != null) return new String(b, bom).substring(1);
        if (looksUtf16(b)) return new String(b, b[0] == 0 ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        Charset declared = html ? declared(b) : null;
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            // a page labelled with a legacy charset but written in valid UTF-8 is common; the
            // reverse (UTF-8 label, legacy bytes) is handled by the checks below
            if (hasHighBytes(b)) {
                String utf8 = new String(b, StandardCharsets.UTF_8);
                if (isUtf8(b, utf8)) return utf8;
            }
            return new String(b, widen(declared));
        }
        // one lenient decode is both the test and the result: the bytes are read once as UTF-8
        String utf8 = new String(b, StandardCharsets.UTF_8);
        if (isUtf8(b, utf8) || mostlyValid(utf8)) return utf8;
        String eastAsian = mostlyMultiByte(b) ? EastAsianGuess.decode(b) : null;
        return eastAsian != null ? eastAsian : new String(b, WINDOWS_1252);
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf)
            return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) return StandardCharsets.UTF_16BE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) return StandardCharsets.UTF_16LE;
        return null;
    }

    /** UTF-16 without a mark: every other byte of ASCII-heavy text is zero. */
    static boolean looksUtf16(byte[] b) {
        int n = Math.min(b.length, 2048) & ~1;
        if (n < 8) return false;
        int evenZero = 0, oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZero++;
            if (b[i + 1] == 0) oddZero++;
        }
        int pairs = n / 2;
        return evenZero > pairs * 0.4 && oddZero < pairs * 0.05 || oddZero > pairs * 0.4 && evenZero < pairs * 0.05;
    }

    static Charset declared(byte[] b) {
        Matcher m = DECLARED.matcher(Sniffer.utf8Head(b, 8192));
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            try {
                Charset cs = Charset.forName(name);
                if (cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")) return StandardCharsets.UTF_8;
                return cs;
            } catch (RuntimeException unknown) {
                // try the next declaration
            }
        }
        return null;
    }

    /** The WHATWG encoding standard reads these labels as their supersets. */
    private static Charset widen(Charset cs) {
        switch (cs.name()) {
            case "ISO-8859-1": case "US-ASCII": return WINDOWS_1252;
            case "GB2312": case "GBK": return Charset.forName("GB18030");
            case "Shift_JIS": return Charset.forName("windows-31j");
            case "EUC-KR": return Charset.forName("x-windows-949");
            case "ISO-8859-9": return Charset.forName("windows-1254");
            default: return cs;
        }
    }

    /**
     * UTF-8 with a few bad bytes (a cut character, a pasted Latin-1 word) is still UTF-8: fewer
     * than one bad sequence per four good characters. Legacy text read as UTF-8 breaks at most of
     * its high bytes: double-byte pairs and lone accented letters rarely form valid sequences.
     */
    private static boolean mostlyValid(String utf8) {
        int nonAscii = 0, replaced = 0;
        for (int i = 0; i < utf8.length(); i++) {
            char c = utf8.charAt(i);
            if (c == '\ufffd') replaced++;
            else if (c >= 0x80) nonAscii++;
        }
        return replaced * 4 < nonAscii;
    }

    private static boolean hasHighBytes(byte[] b) {
        for (byte x : b) if (x < 0) return true;
        return false;
    }

    /**
     * East-Asian text has most of its high bytes in runs (not all: a Big5 or Shift_JIS trail byte
     * may be ASCII); Latin text has them alone between ASCII letters.
     */
    private static boolean mostlyMultiByte(byte[] b) {
        int high = 0, paired = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] >= 0) continue;
            high++;
            if (i > 0 && b[i - 1] < 0 || i + 1 < b.length && b[i + 1] < 0) paired++;
        }
        return high > 20 && paired > high * 0.5;
    }

    /**
     * Whether {@code b} is valid UTF-8, given its lenient decode. Without a replacement character in it
     * the answer is yes; with one, only a strict decode tells a bad byte from a U+FFFD the text holds.
     */
    private static boolean isUtf8(byte[] b, String lenient) {
        if (lenient.indexOf('\ufffd') < 0) return true;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
