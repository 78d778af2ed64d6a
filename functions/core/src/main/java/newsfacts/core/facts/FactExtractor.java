package newsfacts.core.facts;

import newsfacts.core.model.CleanedDocument;
import newsfacts.core.model.DateMention;
import newsfacts.core.model.Entity;
import newsfacts.core.model.Facts;
import newsfacts.core.model.Quantity;
import newsfacts.core.model.Role;
import newsfacts.core.model.Span;
import newsfacts.core.model.Statement;
import newsfacts.core.nlp.Sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Roles, attributed statements, dates, quantities, keywords and a summary of a cleaned document,
 * around the entities found in it. The rules are English: other languages get keywords and a
 * summary, and {@link Facts#notExtracted()} says what was left out. Load once; it is thread-safe.
 */
public final class FactExtractor {
    public static final String VERSION = "1.0";
    /** What only the English rules can extract. */
    static final List<String> ENGLISH_ONLY = List.of("statements", "roles", "dates", "quantities");

    private final StatementFinder statements;
    private final RoleFinder roles;
    private final DateFinder dates;
    private final QuantityFinder quantities;
    private final Summarizer summarizer;

    private FactExtractor() {
        statements = new StatementFinder(Cues.load());
        roles = new RoleFinder();
        dates = new DateFinder();
        quantities = new QuantityFinder();
        summarizer = new Summarizer();
    }

    public static FactExtractor load() { return new FactExtractor(); }

    public Facts extract(CleanedDocument doc, List<Entity> entities) {
        String body = doc.body() == null ? "" : doc.body();
        List<Entity> found = entities == null ? List.of() : entities;
        List<Span> sentences = Sentences.split(body);
        boolean english = isEnglish(doc, body);
        List<String> keywords = summarizer.keywords(body, found, english);
        String summary = summarizer.summary(sentences, keywords);
        if (!english) {
            return new Facts(found, List.of(), List.of(), List.of(), List.of(), keywords, summary, ENGLISH_ONLY, VERSION);
        }
        String published = doc.metadata() == null ? null : doc.metadata().published();
        String asOf = published == null || published.length() < 10 ? published : published.substring(0, 10);
        List<Role> roleList = roles.find(body, found, asOf, sentences);
        List<DateMention> dateList = dates.find(body, published, sentences);
        List<Span> dateSpans = dateList.stream().map(DateMention::span).toList();
        List<Quantity> quantityList = quantities.find(body, sentences, dateSpans);
        List<Statement> statementList = statements(body, sentences, found, roleList);
        return new Facts(found, roleList, statementList, dateList, quantityList, keywords, summary, List.of(), VERSION);
    }

    private List<Statement> statements(String body, List<Span> sentences, List<Entity> entities, List<Role> roleList) {
        SpeakerResolver speakers = new SpeakerResolver(entities, roleList);
        List<Statement> out = new ArrayList<>();
        java.util.Map<Long, Span> evidences = new java.util.HashMap<>();  // statements sharing a sentence share its text
        for (StatementFinder.Attribution a : statements.find(body)) {
            Span source = a.source() == null ? null : Span.of(body, a.source()[0], a.source()[1]);
            Span cue = Span.of(body, a.cue()[0], a.cue()[1]);
            Span content = Span.of(body, a.start(), a.end());
            int from = Math.min(content.start(), Math.min(cue.start(), source == null ? cue.start() : source.start()));
            int to = Math.max(content.end(), Math.max(cue.end(), source == null ? cue.end() : source.end()));
            Span evidence = sentencesAround(body, sentences, from, to, evidences);
            out.add(new Statement(speakers.resolve(source), source, cue, a.cueLemma(), content,
                    a.direct() ? Statement.Kind.DIRECT : Statement.Kind.REPORTED, evidence.text(), evidence));
        }
        return out;
    }

    /** The sentences covering {@code [from, to)}, as one span of the body. */
    private static Span sentencesAround(String body, List<Span> sentences, int from, int to, java.util.Map<Long, Span> made) {
        Span first = SentenceIndex.containing(sentences, from);
        Span last = SentenceIndex.endingAtOrAfter(sentences, to);
        int start = first == null ? from : first.start();
        int end = last == null ? to : last.end();
        if (first != null && first == last && start == first.start() && end == first.end()) return first;
        return made.computeIfAbsent((long) start << 32 | end, k -> Span.of(body, start, end));
    }

    /** The metadata's language when given ("en", "en-GB"), else what the text looks like. */
    private boolean isEnglish(CleanedDocument doc, String body) {
        String language = doc.metadata() == null ? null : doc.metadata().language();
        if (language != null && !language.isBlank()) {
            String l = language.strip().toLowerCase(Locale.ROOT);
            return l.equals("en") || l.startsWith("en-") || l.startsWith("en_") || l.equals("english");
        }
        return summarizer.looksEnglish(body);
    }
}
