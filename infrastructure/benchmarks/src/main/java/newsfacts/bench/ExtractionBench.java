package newsfacts.bench;

import newsfacts.core.clean.Cleaner;
import newsfacts.core.extract.Extractor;
import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.Facts;
import newsfacts.core.model.Provenance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whole extraction (entities, then statements, dates, quantities) of one ~1,000-word wire article,
 * warm: the sample article's body paragraphs repeated until the cleaned body has {@code words} words.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBench {
    @Param("events/articles/menafn-nato.txt")
    public String article;
    @Param("1000")
    public int words;

    private Extractor extractor;
    private CleanedDocument doc;

    @Setup
    public void prepare() throws Exception {
        String text = Files.readString(Path.of(article), StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<String> blocks = new ArrayList<>(List.of(text.split("\n\\s*\n")));
        // body paragraphs: after the headline and the dateline paragraph, before the wire's record id line
        int end = 2;
        while (end < blocks.size() && !blocks.get(end).strip().matches("[A-Z]+\\d+ID\\d+")) end++;
        List<String> body = List.copyOf(blocks.subList(2, end));
        doc = clean(blocks);
        for (int i = 0; doc.wordCount() < words; i = (i + 1) % body.size()) {
            blocks.add(end++, body.get(i));
            doc = clean(blocks);
        }
        extractor = Extractor.load();
        System.out.printf("%n[article: %d words after cleaning]%n", doc.wordCount());
    }

    private static CleanedDocument clean(List<String> blocks) throws Exception {
        byte[] bytes = String.join("\n\n", blocks).getBytes(StandardCharsets.UTF_8);
        Provenance p = new Provenance("bench", "raw/article.txt", null, null, null, null, bytes.length, Instant.EPOCH.toString());
        return new Cleaner().clean("bench", bytes, "article.txt", p, Instant.EPOCH);
    }

    @Benchmark
    public Facts extract() {
        return extractor.extract(doc);
    }

    public static void main(String[] args) throws Exception {
        Report.run(ExtractionBench.class, null, args);
    }
}
