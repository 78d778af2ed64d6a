package newsfacts.core.entities;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Development tool, not a test: writes the tagger's own mentions, before any rule, in the
 * {@code entities-dir} format, so a retrained model can be scored apart from the rules:
 * {@code TaggerOnly MODEL_DIR IN OUT}, with MODEL_DIR a folder Train wrote.
 */
public final class TaggerOnly {
    private static final String[] TYPES = {null, "PER", "ORG", "LOC", "MISC"};

    public static void main(String[] args) throws IOException {
        Path model = Path.of(args[0]);
        Lexicon lexicon = Lexicon.load(name -> Train.raw(model.resolve(name)));
        Tagger tagger;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(model.resolve(Lexicon.MODEL)))) {
            tagger = Tagger.read(new BufferedInputStream(in));
        }
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String json = tag(Files.readString(file), tagger, lexicon);
                Files.writeString(Path.of(args[2], file.getFileName().toString().replace(".txt", ".json")), json);
            }
        }
    }

    private static String tag(String text, Tagger tagger, Lexicon lexicon) {
        List<TaggedLine> lines = MentionFinder.lines(text);
        Map<String, int[]> stats = new HashMap<>();
        DocContexts contexts = new DocContexts();
        for (TaggedLine line : lines) {
            Sequence.countCase(line.words, line.casing, stats);
            contexts.add(line.words, line.casing);
        }
        StringBuilder json = new StringBuilder("{\"entities\":[");
        for (TaggedLine line : lines) {
            int[] labels = tagger.decode(new Sequence(line.words, line.casing, lexicon.gazetteer, stats, contexts));
            for (int i = 0; i < labels.length; ) {
                if (labels[i] == 0) { i++; continue; }
                int type = (labels[i] + 1) / 2, end = i + 1;
                while (end < labels.length && labels[end] == type * 2) end++; // I- of the same type
                if (json.charAt(json.length() - 1) != '[') json.append(',');
                json.append("{\"type\":\"").append(TYPES[type]).append("\",\"start\":").append(line.tokens.get(i).start())
                        .append(",\"end\":").append(line.tokens.get(end - 1).end()).append('}');
                i = end;
            }
        }
        return json.append("]}").toString();
    }
}
