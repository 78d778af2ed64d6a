package newsfacts.core.clean;

import newsfacts.core.model.Block;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.FailureReason;
import newsfacts.core.model.Metadata;
import newsfacts.core.model.Provenance;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Turns the bytes of an uploaded article into a cleaned document: sniffs what the bytes
 * are, decodes them, and hands HTML to {@link HtmlCleaner} / {@link HtmlMetadata} and plain
 * text to {@link WireTextCleaner}. Every failure is a {@link CleaningException} with a reason.
 */
public final class Cleaner {
    public static final String VERSION = "0.3";
    /** Less text than this is not an article. */
    private static final int MIN_ARTICLE_CHARS = 20;
    /** An article shorter than this after full pruning is worth a second look with less pruning. */
    private static final int RETRY_BELOW_CHARS = 500;
    /** Past this many elements a second and third pass would cost seconds: one pass must do. */
    private static final int RETRY_MAX_ELEMENTS = 30_000;

    private final CleaningLimits limits;

    public Cleaner() {
        this(CleaningLimits.DEFAULT);
    }

    public Cleaner(CleaningLimits limits) {
        this.limits = limits;
    }

    public CleanedDocument clean(String articleId, byte[] raw, String fileName, Provenance provenance,
                                 Instant uploadedAt) throws CleaningException {
        if (raw == null || raw.length == 0) throw new CleaningException(FailureReason.EMPTY, "the file is empty");
        if (raw.length > limits.maxInputBytes())
            throw new CleaningException(FailureReason.TOO_LARGE, raw.length + " bytes is over the cap of " + limits.maxInputBytes());
        String name = fileName == null ? "" : fileName;
        byte[] bytes = raw;
        if (Sniffer.isGzip(raw)) {
            bytes = gunzip(raw);
            if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        } else if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3); // the bytes decide: named .gz, sent as they are
        }
        if (bytes.length == 0 || isBlank(bytes)) throw new CleaningException(FailureReason.EMPTY, "no content");
        Sniffer.Kind kind = Sniffer.kind(bytes, name);
        String text = Charsets.decode(bytes, kind == Sniffer.Kind.HTML);
        if (undecodable(text)) throw new CleaningException(FailureReason.UNDECODABLE, "the text does not decode");
        try {
            return kind == Sniffer.Kind.HTML ? cleanHtml(articleId, text, provenance, uploadedAt)
                    : cleanText(articleId, text, provenance, uploadedAt);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new CleaningException(FailureReason.TOO_COMPLEX, "the document is too complex: " + e);
        }
    }

    private byte[] gunzip(byte[] raw) throws CleaningException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            byte[] out = in.readNBytes(limits.maxDecompressedBytes() + 1);
            if (out.length > limits.maxDecompressedBytes())
                throw new CleaningException(FailureReason.DECOMPRESSION_BOMB,
                        "decompresses past the cap of " + limits.maxDecompressedBytes() + " bytes");
            return out;
        } catch (IOException e) {
            throw new CleaningException(FailureReason.UNDECODABLE, "broken gzip: " + e.getMessage());
        }
    }

    private CleanedDocument cleanHtml(String id, String html, Provenance provenance, Instant uploadedAt)
            throws CleaningException {
        Parser parser = Parser.htmlParser().setMaxDepth(limits.maxDepth());
        Document doc = parser.parseInput(html, "");
        List<org.jsoup.nodes.Element> all = Dom.elements(doc); // counted here, then read for metadata
        int elements = all.size();
        if (elements > limits.maxElements())
            throw new CleaningException(FailureReason.TOO_COMPLEX, "more than " + limits.maxElements() + " elements");
        HtmlMetadata meta = HtmlMetadata.read(doc, all, uploadedAt);
        // like Readability: when pruning by guesses leaves too little, try again pruning less
        List<Block> blocks = List.of();
        String body = "";
        Boilerplate.Pruned pruned = null;
        for (Boilerplate.Level level : Boilerplate.Level.values()) {
            if (pruned != null) {
                if (elements > RETRY_MAX_ELEMENTS) break;
                pruned.restore(); // the page as parsed, without parsing it again
            }
            pruned = Boilerplate.prune(doc.body(), level);
            List<Block> attempt = new ArrayList<>();
            String text = layOut(HtmlCleaner.extract(doc.body(), pruned.stats), attempt);
            if (text.length() > body.length()) {
                blocks = attempt;
                body = text;
            }
            if (body.length() >= RETRY_BELOW_CHARS) break;
        }
        if (body.length() < MIN_ARTICLE_CHARS) throw new CleaningException(FailureReason.NO_ARTICLE_TEXT, "no article text found");
        String language = meta.language != null ? meta.language : Language.detect(body);
        Metadata metadata = new Metadata(meta.title, meta.description, meta.authors, meta.published, meta.modified,
                meta.siteName, meta.canonicalUrl, language, meta.section, meta.tags, meta.image, null, null, "html");
        return build(id, body, blocks, metadata, provenance);
    }

    private CleanedDocument cleanText(String id, String text, Provenance provenance, Instant uploadedAt)
            throws CleaningException {
        WireTextCleaner.Result wire = WireTextCleaner.clean(text, uploadedAt);
        List<Block> blocks = new ArrayList<>();
        String body = layOut(wire.blocks(), blocks);
        if (body.length() < MIN_ARTICLE_CHARS) throw new CleaningException(FailureReason.NO_ARTICLE_TEXT, "no article text found");
        Metadata metadata = new Metadata(wire.title(), null, wire.authors(), wire.published(), null, wire.source(), null,
                Language.detect(body), null, List.of(), null, wire.place(), wire.recordId(), "text");
        return build(id, body, blocks, metadata, provenance);
    }

    /** {@code body} and {@code blocks}: as {@link #layOut} gave them. */
    private static CleanedDocument build(String id, String body, List<Block> blocks, Metadata meta, Provenance provenance) {
        int words = body.isBlank() ? 0 : words(body.strip());
        return new CleanedDocument(id, body, blocks, meta, provenance, words, VERSION);
    }

    /** {@code text.split("\\s+").length} for a stripped, non-blank text: one more than its runs of regex spaces. */
    private static int words(String text) {
        int n = 1;
        boolean run = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = TextStats.isRegexSpace(c);
            if (space && !run) n++;
            run = space;
        }
        return n;
    }

    /** Joins blocks with a blank line between them, recording each one's offsets. */
    private static String layOut(List<TextBlock> textBlocks, List<Block> blocks) {
        StringBuilder body = new StringBuilder();
        for (TextBlock b : textBlocks) {
            if (body.length() > 0) body.append("\n\n");
            int start = body.length();
            body.append(b.text());
            blocks.add(new Block(b.kind(), start, body.length()));
        }
        return body.toString();
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) if (x != ' ' && x != '\n' && x != '\r' && x != '\t') return false;
        return true;
    }

    /** Replacement characters or stray control characters in a tenth of the text. */
    private static boolean undecodable(String text) {
        int n = Math.min(text.length(), 100_000), bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\ufffd' || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') bad++;
        }
        return n > 0 && bad > n / 10;
    }
}
