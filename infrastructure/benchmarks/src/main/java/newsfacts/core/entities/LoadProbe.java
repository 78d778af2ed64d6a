package newsfacts.core.entities;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.zip.GZIPInputStream;

/** The model's two parts loaded one after the other in a fresh JVM, each step's wall and CPU ms: where Extractor.load goes. */
public final class LoadProbe {
    public static void main(String[] args) throws Exception {
        var threads = ManagementFactory.getThreadMXBean();
        long w = System.nanoTime(), c = threads.getCurrentThreadCpuTime();
        byte[] raw;
        try (InputStream in = new GZIPInputStream(LoadProbe.class.getResourceAsStream("/newsfacts/entities/" + Lexicon.MODEL), 1 << 16)) {
            raw = in.readAllBytes();
        }
        long w1 = System.nanoTime(), c1 = threads.getCurrentThreadCpuTime();
        Tagger t = Tagger.read(new BufferedInputStream(new java.io.ByteArrayInputStream(raw), 1 << 16));
        long w2 = System.nanoTime(), c2 = threads.getCurrentThreadCpuTime();
        Lexicon.load(name -> LoadProbe.class.getResourceAsStream("/newsfacts/entities/" + name));
        long w3 = System.nanoTime(), c3 = threads.getCurrentThreadCpuTime();
        System.out.printf("inflate %d bytes: wall %d cpu %d; Tagger.read: wall %d cpu %d (%d words); Lexicon.load: wall %d cpu %d%n", raw.length,
                (w1 - w) / 1_000_000, (c1 - c) / 1_000_000, (w2 - w1) / 1_000_000, (c2 - c1) / 1_000_000, t.mostlyLower.size(),
                (w3 - w2) / 1_000_000, (c3 - c2) / 1_000_000);
    }
}
