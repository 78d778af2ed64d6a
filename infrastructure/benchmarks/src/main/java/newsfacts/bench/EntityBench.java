package newsfacts.bench;

import newsfacts.core.entities.EntityExtractor;
import newsfacts.core.model.Entity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Entity extraction: our extractor beside CoreNLP's CoNLL CRF on the CoNLL-2003 dev documents
 * (read at run time from the shared folder). One operation = one document; documents rotate.
 * The load benchmarks run once per fork: a fresh JVM, so the time is what a cold start pays.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EntityBench {
    static final String DEFAULT_DOCS = "../shared/devsets/conll2003-dev/txt";

    /** The documents, rotating. Each extractor is its own state, so a load benchmark's fork loads nothing else. */
    @State(Scope.Benchmark)
    public static class Docs {
        /** The CoNLL dev txt folder (or -Dnewsfacts.conll); relative to the repository root. */
        @Param("")
        public String docs;
        private List<String> texts;
        private int next;

        @Setup
        public void read() {
            texts = texts(docs);
        }

        String next() {
            String t = texts.get(next);
            next = (next + 1) % texts.size();
            return t;
        }
    }

    @State(Scope.Benchmark)
    public static class Ours {
        EntityExtractor extractor;

        @Setup
        public void load() {
            extractor = EntityExtractor.load();
        }
    }

    @State(Scope.Benchmark)
    public static class CoreNlp {
        CoreNlpNer ner;

        @Setup
        public void load() {
            ner = CoreNlpNer.load();
        }
    }

    static List<String> texts(String docs) {
        return Pages.read(Pages.folder(docs, "newsfacts.conll", DEFAULT_DOCS), ".txt", Integer.MAX_VALUE).stream()
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    @Benchmark
    public List<Entity> extractNewsfacts(Docs docs, Ours ours) {
        return ours.extractor.extract(docs.next());
    }

    @Benchmark
    public List<CoreNlpNer.Mention> extractCoreNlpCrf(Docs docs, CoreNlp corenlp) {
        return corenlp.ner.extract(docs.next());
    }

    // Cold loads: run them as `-f 3 -wi 0 -i 1` (command-line options override these annotations).
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(3)
    public EntityExtractor loadNewsfacts() {
        return EntityExtractor.load();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(3)
    public Object loadCoreNlpCrf() {
        return CoreNlpNer.load();
    }

    /** Whitespace tokens per document on average: turns docs/s into tokens/s. */
    static double meanTokens(List<String> texts) {
        long tokens = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();
        return (double) tokens / texts.size();
    }

    public static void main(String[] args) throws Exception {
        var results = Report.run(EntityBench.class, null, args);
        for (RunResult r : results) {
            if (!r.getPrimaryResult().getScoreUnit().equals("ops/s")) continue;
            double mean = meanTokens(texts(r.getParams().getParam("docs")));
            double docsPerSecond = r.getPrimaryResult().getScore();
            System.out.printf("%-40s %8.1f docs/s %10.0f tokens/s (%.0f whitespace tokens/doc)%n",
                    r.getParams().getBenchmark().replaceFirst(".*\\.", ""), docsPerSecond, docsPerSecond * mean, mean);
        }
    }
}
