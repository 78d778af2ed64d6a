package newsfacts.bench;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Triple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stanford CoreNLP's 4-class CoNLL CRF, called directly: the lightest way to run it (its own
 * tokenizer, no POS tagger, no pipeline). GPL: lives in the benchmarks module only.
 */
final class CoreNlpNer {
    static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    private static final Map<String, String> TYPES = Map.of("PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC", "MISC", "MISC");

    /** One entity mention, with character offsets into the text (end exclusive), typed PER/ORG/LOC/MISC. */
    record Mention(String text, String type, int start, int end) {}

    private final CRFClassifier<CoreLabel> crf;

    private CoreNlpNer(CRFClassifier<CoreLabel> crf) {
        this.crf = crf;
    }

    static CoreNlpNer load() {
        try {
            return new CoreNlpNer(CRFClassifier.getClassifier(MODEL));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load " + MODEL, e);
        }
    }

    List<Mention> extract(String text) {
        List<Mention> out = new ArrayList<>();
        for (Triple<String, Integer, Integer> t : crf.classifyToCharacterOffsets(text)) {
            String type = TYPES.get(t.first());
            if (type != null) out.add(new Mention(text.substring(t.second(), t.third()), type, t.second(), t.third()));
        }
        return out;
    }
}
