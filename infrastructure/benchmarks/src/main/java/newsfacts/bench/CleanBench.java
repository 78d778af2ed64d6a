package newsfacts.bench;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import net.dankito.readability4j.Readability4J;
import newsfacts.core.clean.Cleaner;
import newsfacts.core.clean.CleaningException;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Provenance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Our cleaner beside a bare jsoup parse (the floor: every contestant parses the page) and two
 * established extractors, on the same N pages. One operation = one page; pages rotate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CleanBench {
    /** The trafilatura-eval pages folder (or -Dnewsfacts.pages); relative to the repository root. */
    @Param("")
    public String pages;
    @Param("100")
    public int n;

    private List<byte[]> bytes;
    private List<String> html;
    private final Cleaner cleaner = new Cleaner();
    /**
     * When the pages are "uploaded": now, as in {@code clean-dir} and the functions. An upload date
     * before every page (the epoch, as here until 2026-11-25) makes every date found too late, so
     * each page ran all the date fallbacks, which no real upload does.
     */
    private final Instant uploadedAt = Instant.now();
    private final Provenance provenance = new Provenance("bench", "raw/page.html", null, null, null, null, 0, uploadedAt.toString());
    private int next;

    @Setup
    public void read() {
        bytes = Pages.read(Pages.folder(pages, "newsfacts.pages", "../shared/devsets/trafilatura-eval/pages"), ".html.gz", n);
        html = bytes.stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    private int page() {
        int i = next;
        next = (next + 1) % bytes.size();
        return i;
    }

    @Benchmark
    public Document floorJsoupParse() {
        return Jsoup.parse(html.get(page()));
    }

    /**
     * The same parse from the page's bytes, as our cleaner receives them: jsoup finds the charset
     * (BOM, then {@code <meta charset>}) and decodes, which the floor above was spared.
     */
    @Benchmark
    public Document floorJsoupParseBytes() throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(bytes.get(page())), null, "");
    }

    @Benchmark
    public CleanedDocument newsfactsCleaner() {
        int i = page();
        try {
            return cleaner.clean("bench", bytes.get(i), "page.html", provenance, uploadedAt);
        } catch (CleaningException e) {
            return null; // a page without article text is a valid outcome, and costs what it costs
        }
    }

    @Benchmark
    public String readability4j() {
        return new Readability4J("https://example.org/", html.get(page())).parse().getTextContent();
    }

    @Benchmark
    public String boilerpipeArticleExtractor() throws Exception {
        return ArticleExtractor.INSTANCE.getText(html.get(page()));
    }

    public static void main(String[] args) throws Exception {
        Report.run(CleanBench.class, "floorJsoupParse", args);
    }
}
