package newsfacts.core.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The reporting-verb lexicon ({@code cues.txt}): every form of a cue, with its lemma and class. */
final class Cues {
    enum Kind { SPEECH, STANCE, INTENT, BELIEF, EVIDENCE, PHRASE }

    record Cue(String lemma, Kind kind, boolean takesObject) {
        /** Speech and stance verbs report on their own; beliefs, intentions and evidence need a clause after them. */
        boolean strong() { return kind == Kind.SPEECH || kind == Kind.PHRASE || kind == Kind.STANCE; }
    }

    private final Map<String, Cue> words = new HashMap<>();
    /** Two-word phrases, keyed by their words joined with a space. */
    private final Map<String, Cue> phrases = new HashMap<>();

    static Cues load() {
        try (InputStream in = Cues.class.getResourceAsStream("/newsfacts/facts/cues.txt")) {
            if (in == null) throw new IllegalStateException("missing /newsfacts/facts/cues.txt");
            return new Cues(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Cues(BufferedReader lines) throws IOException {
        Kind kind = Kind.SPEECH;
        Set<String> objectVerbs = new HashSet<>();
        Map<String, Kind> kinds = new HashMap<>();
        Map<String, String> lemmas = new HashMap<>();
        String line;
        while ((line = lines.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("[")) {
                String section = line.substring(1, line.length() - 1);
                kind = section.equals("object") ? null : Kind.valueOf(section.toUpperCase());
                continue;
            }
            if (kind == null) {
                objectVerbs.addAll(Set.of(line.split(" ")));
            } else if (kind == Kind.PHRASE) {
                String[] forms = line.split("\\|");
                for (String form : forms) phrases.put(form, new Cue(forms[0], kind, false));
            } else {
                String[] forms = line.split(" ");
                boolean lemmaIsCue = !forms[0].startsWith("-");  // "-back backed backing": "back" alone is no cue
                String lemma = lemmaIsCue ? forms[0] : forms[0].substring(1);
                for (int f = lemmaIsCue ? 0 : 1; f < forms.length; f++) {
                    lemmas.putIfAbsent(forms[f], lemma);
                    kinds.putIfAbsent(forms[f], kind);
                }
            }
        }
        lemmas.forEach((form, lemma) -> words.put(form, new Cue(lemma, kinds.get(form), objectVerbs.contains(lemma))));
    }

    /** The cue a lowercase word is, or null. */
    Cue word(String lower) { return words.get(lower); }

    /** The cue two words make together ("according to", "pointed out"), or null. */
    Cue phrase(String first, String second) { return phrases.get(first + " " + second); }
}
