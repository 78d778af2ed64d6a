package newsfacts.core.clean;

import newsfacts.core.model.FailureReason;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Tells from the bytes (and only then the name) what an upload is. */
final class Sniffer {
    enum Kind { HTML, TEXT }

    private Sniffer() {}

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    /** HTML or plain text, else the failure to record. */
    static Kind kind(byte[] b, String fileName) throws CleaningException {
        String magic = binaryMagic(b);
        if (magic != null) throw new CleaningException(FailureReason.UNSUPPORTED_TYPE, "not an article: " + magic);
        boolean utf16 = Charsets.bomCharset(b) != null && Charsets.bomCharset(b).name().startsWith("UTF-16")
                || Charsets.looksUtf16(b);
        if (!utf16 && looksBinary(b)) throw new CleaningException(FailureReason.BINARY, "the file is binary");
        String head = asciiHead(b, utf16);
        if (looksHtml(head)) return Kind.HTML;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            // named HTML but with no markup at the start: still HTML if tags show up at all
            return head.contains("<") && head.contains(">") ? Kind.HTML : Kind.TEXT;
        }
        if (name.matches(".*\\.(pdf|docx?|xlsx?|pptx?|odt|rtf|zip|jpe?g|png|gif|webp|mp[34]|exe)$"))
            throw new CleaningException(FailureReason.UNSUPPORTED_TYPE, "unsupported file type: " + name);
        return Kind.TEXT;
    }

    private static String binaryMagic(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) return "PNG image";
        if (starts(b, 0xff, 0xd8, 0xff)) return "JPEG image";
        if (starts(b, 'G', 'I', 'F', '8')) return "GIF image";
        if (starts(b, 'R', 'I', 'F', 'F')) return "RIFF media (WebP/WAV/AVI)";
        if (starts(b, '%', 'P', 'D', 'F')) return "PDF document";
        if (starts(b, 'P', 'K', 3, 4)) return "ZIP archive (or Office document)";
        if (starts(b, 0x7f, 'E', 'L', 'F')) return "executable";
        if (starts(b, 'M', 'Z')) return b.length > 64 && looksBinary(b) ? "executable" : null;
        if (starts(b, 0x42, 0x5a, 0x68)) return "bzip2 archive";
        if (starts(b, 0xfd, '7', 'z', 'X', 'Z')) return "xz archive";
        if (starts(b, 0x28, 0xb5, 0x2f, 0xfd)) return "zstd archive";
        if (b.length > 12 && starts(b, 0, 0, 0) && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p')
            return "MP4/HEIC media";
        return null;
    }

    private static boolean starts(byte[] b, int... sig) {
        if (b.length < sig.length) return false;
        for (int i = 0; i < sig.length; i++) if ((b[i] & 0xff) != (sig[i] & 0xff)) return false;
        return true;
    }

    /** NUL bytes or many control characters in the first 8 KB mean binary data. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192), control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) control++;
        }
        return control > n / 20;
    }

    private static String asciiHead(byte[] b, boolean utf16) {
        int n = Math.min(b.length, 4096);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0 && utf16) continue;
            s.append(c < 0x80 ? (char) c : ' ');
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean looksHtml(String head) {
        String h = head.strip();
        if (h.startsWith("<!doctype html") || h.startsWith("<html") || h.startsWith("<head")
                || h.startsWith("<body") || h.startsWith("<!--") || h.startsWith("<meta")) return true;
        if (h.startsWith("<?xml")) return h.contains("<html") || h.contains("xhtml");
        return h.contains("<html") || h.contains("<body") || h.contains("</p>") || h.contains("</div>")
                || h.startsWith("<") && h.contains("</");
    }

    static String utf8Head(byte[] b, int n) {
        return new String(b, 0, Math.min(n, b.length), StandardCharsets.ISO_8859_1);
    }
}
