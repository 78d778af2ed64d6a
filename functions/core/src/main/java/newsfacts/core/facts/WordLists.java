package newsfacts.core.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the small word lists under {@code /newsfacts/facts/}: one entry a line, {@code #} comments. */
final class WordLists {
    private WordLists() {}

    /** The English function words of {@code stopwords.txt}. */
    static Set<String> stopwords() {
        Set<String> words = new HashSet<>();
        for (String line : lines("stopwords.txt")) words.addAll(List.of(line.split("\\s+")));
        return words;
    }

    static List<String> lines(String name) {
        String path = "/newsfacts/facts/" + name;
        try (InputStream in = WordLists.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
