package newsfacts.core.clean;

import newsfacts.core.model.Block;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.FailureReason;
import newsfacts.core.model.Metadata;
import newsfacts.core.model.Provenance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Turns the bytes of an uploaded article into a cleaned document. (First version: the cleaning issue deepens it.) */
public final class Cleaner {
    public static final String VERSION = "0.1";
    private static final int MAX_BYTES = 20 << 20;
    private static final Pattern SOURCE_TAG = Pattern.compile("^\\(([A-Z][A-Za-z.]+)\\)\\s*");
    private static final Pattern RECORD_ID = Pattern.compile("^([A-Z]+)(\\d{2})(\\d{2})(\\d{4})\\d+ID\\d+$");

    public CleanedDocument clean(String articleId, byte[] raw, String fileName, Provenance provenance,
                                 Instant uploadedAt) throws CleaningException {
        if (raw.length == 0) throw new CleaningException(FailureReason.EMPTY, "the file is empty");
        byte[] bytes = raw.length > 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b ? gunzip(raw) : raw;
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\0') >= 0) throw new CleaningException(FailureReason.BINARY, "the file is binary");
        boolean html = text.stripLeading().startsWith("<") && text.toLowerCase().contains("<html");
        return html ? cleanHtml(articleId, text, provenance) : cleanWire(articleId, text, provenance);
    }

    private static byte[] gunzip(byte[] raw) throws CleaningException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            byte[] out = in.readNBytes(MAX_BYTES + 1);
            if (out.length > MAX_BYTES)
                throw new CleaningException(FailureReason.DECOMPRESSION_BOMB, "decompresses past the cap");
            return out;
        } catch (IOException e) {
            throw new CleaningException(FailureReason.UNDECODABLE, "broken gzip: " + e.getMessage());
        }
    }

    private CleanedDocument cleanHtml(String id, String html, Provenance provenance) throws CleaningException {
        Document doc = Jsoup.parse(html);
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.body();
        List<String> paragraphs = new ArrayList<>();
        for (Element p : root.select("p")) {
            String t = p.text().strip();
            if (!t.isEmpty()) paragraphs.add(t);
        }
        if (paragraphs.isEmpty()) throw new CleaningException(FailureReason.NO_ARTICLE_TEXT, "no paragraph found");
        String lang = doc.selectFirst("html") != null ? doc.selectFirst("html").attr("lang") : "";
        Metadata meta = new Metadata(doc.title(), null, List.of(), null, null, null, null,
                lang.isEmpty() ? null : lang, null, List.of(), null, null, null, "html");
        return build(id, paragraphs, meta, provenance);
    }

    private CleanedDocument cleanWire(String id, String text, Provenance provenance) throws CleaningException {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            String b = block.strip().replaceAll("\\s*\n\\s*", " ");
            if (!b.isEmpty()) paragraphs.add(b);
        }
        if (paragraphs.isEmpty()) throw new CleaningException(FailureReason.NO_ARTICLE_TEXT, "no text");
        String title = paragraphs.size() > 1 ? paragraphs.remove(0) : null;
        String source = null, recordId = null, published = null;
        List<String> body = new ArrayList<>();
        for (String p : paragraphs) {
            Matcher tag = SOURCE_TAG.matcher(p);
            if (tag.find()) {
                source = tag.group(1);
                p = p.substring(tag.end());
            }
            Matcher rid = RECORD_ID.matcher(p);
            if (rid.matches()) {
                recordId = p;
                published = rid.group(4) + "-" + rid.group(3) + "-" + rid.group(2);
                break; // what follows a record id is the wire's trailer
            }
            body.add(p);
        }
        Metadata meta = new Metadata(title, null, List.of(), published, null, source, null, "en", null,
                List.of(), null, null, recordId, "text");
        return build(id, body, meta, provenance);
    }

    private static CleanedDocument build(String id, List<String> paragraphs, Metadata meta, Provenance provenance) {
        StringBuilder body = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            if (body.length() > 0) body.append("\n\n");
            int start = body.length();
            body.append(p);
            blocks.add(new Block(Block.Kind.PARAGRAPH, start, body.length()));
        }
        String text = body.toString();
        int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        return new CleanedDocument(id, text, blocks, meta, provenance, words, VERSION);
    }
}
