package newsfacts.core.facts;

import newsfacts.core.facts.Tokens.Token;
import newsfacts.core.model.Span;
import newsfacts.core.nlp.Sentences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds attributed statements by surface syntax, paragraph by paragraph: a reporting cue (a verb
 * from {@link Cues}, "according to", a participle), the noun phrase that speaks (before or after
 * the cue), and what was said (the quote, the clause after the cue, or the sentence before it).
 */
final class StatementFinder {
    /** A statement found in the text: offsets of the speaker mention, cue and content (in pieces when a quote is split). */
    record Attribution(int[] source, int[] cue, String cueLemma, List<int[]> content, boolean direct) {
        int start() { return content.get(0)[0]; }

        int end() { return content.get(content.size() - 1)[1]; }

        int length() { return content.stream().mapToInt(f -> f[1] - f[0]).sum(); }

        Attribution withContentBefore(int[] fragment) {
            List<int[]> pieces = new ArrayList<>();
            pieces.add(fragment);
            pieces.addAll(content);
            return new Attribution(source, cue, cueLemma, pieces, direct);
        }

        Attribution withContentAfter(int[] fragment) {
            List<int[]> pieces = new ArrayList<>(content);
            pieces.add(fragment);
            return new Attribution(source, cue, cueLemma, pieces, direct);
        }

        boolean contentCovers(int pos) {
            for (int[] f : content) if (pos >= f[0] && pos < f[1]) return true;
            return false;
        }
    }

    static final Set<String> SUBJECT_PRONOUNS = words("he", "she", "they", "we", "i", "you", "it", "who", "which");
    private static final Set<String> OBJECT_PRONOUNS = words("him", "her", "them", "us", "me", "you", "it", "reporters");
    private static final Set<String> DETERMINERS = words("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "this", "these", "those", "some", "many", "most", "several", "both", "all", "each", "every",
            "another", "other", "any", "few", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private static final Set<String> PREPOSITIONS = words("in", "on", "at", "to", "for", "with", "from", "by", "about",
            "of", "as", "into", "over", "under", "after", "before", "during", "since", "than", "through", "without",
            "against", "between", "among", "upon", "via", "per", "like", "despite", "amid", "toward", "towards");
    private static final Set<String> STOP = words("and", "or", "but", "nor", "so", "yet", "because", "if", "when",
            "while", "although", "though", "whether", "where", "unless", "until", "is", "are", "was", "were", "be",
            "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "may",
            "might", "must", "shall", "should", "not", "also", "that", "which", "who", "whom", "whose", "what", "there",
            "here", "then", "now", "just", "only", "him", "them", "us", "me", "it", "he", "she", "they", "we", "you",
            "i", "even", "still", "how", "why", "very", "too", "again", "never", "ever", "n't", "not", "no", "yes",
            "said", "says", "say", "told", "according", "later", "earlier", "once", "however", "instead", "already");
    /** Words that may stand between a speaker and the cue ("has also said", "later told"). */
    private static final Set<String> AUXILIARIES = words("has", "have", "had", "is", "are", "was", "were", "will",
            "would", "could", "can", "may", "might", "should", "did", "does", "do", "also", "later", "then", "again",
            "once", "still", "never", "not", "n't", "already", "previously", "repeatedly", "often", "always", "now",
            "has", "been", "be", "just", "even", "first", "long", "further", "earlier", "last", "privately", "publicly",
            "began", "begun", "begins", "started", "starts", "continued", "continues", "kept", "keeps", "cannot",
            "didn't", "don't", "doesn't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't",
            "won't", "wouldn't", "can't", "couldn't", "shouldn't", "didn\u2019t", "don\u2019t", "doesn\u2019t",
            "isn\u2019t", "wasn\u2019t", "aren\u2019t", "weren\u2019t", "hasn\u2019t", "haven\u2019t", "hadn\u2019t",
            "won\u2019t", "wouldn\u2019t", "can\u2019t", "couldn\u2019t", "shouldn\u2019t");
    /** Words that open an adjunct after the cue ("said on Monday", "told CNN in an interview"). */
    private static final Set<String> ADJUNCT_STARTS = words("in", "on", "at", "during", "to", "with", "after",
            "before", "last", "this", "earlier", "later", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "repeatedly", "recently", "privately", "publicly",
            "afterward", "afterwards", "of", "about", "while", "when", "through", "via", "by", "from", "again", "also");

    /** Prepositions inside a subject ("one in four voters in a poll"), unlike "since" or "as" which open a clause. */
    private static final Set<String> PHRASE_PREPOSITIONS = words("of", "in", "for", "at", "from", "with", "on", "among", "to");
    /** Auxiliaries and copulas that, after a noun phrase, show a clause ("Clinton is", "voters will"). */
    private static final Set<String> CLAUSE_VERBS = words("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "could", "can", "may", "might", "should", "must", "did", "does");
    /** Verbs that report only a quotation: "“...,” the email read", "she continued: “...”". */
    private static final Set<String> QUOTE_ONLY = words("continue", "read", "post", "answer", "laugh");
    private static final Set<String> BE = words("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> NARRATIVE_SUBORDINATORS = words("as", "after", "before", "while", "when", "since",
            "although", "though", "whereas", "but");

    /** The most tokens of one sentence the rules look at together. */
    static final int MAX_SENTENCE_TOKENS = 300;

    private final Cues cues;

    StatementFinder(Cues cues) { this.cues = cues; }

    List<Attribution> find(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    Paragraph p = new Paragraph(text, start, i);
                    if (!p.toks.isEmpty()) paragraphs.add(p);
                }
                start = i + 1;
            }
        }
        List<List<Attribution>> found = new ArrayList<>();
        for (Paragraph p : paragraphs) found.add(new ArrayList<>(p.attributions()));
        for (int p = 0; p + 1 < paragraphs.size(); p++) {
            Attribution intro = paragraphs.get(p).introducing(paragraphs.get(p + 1));
            if (intro != null && found.get(p + 1).stream().noneMatch(a -> a.direct())) found.get(p).add(intro);
        }
        joinQuoteParagraphs(paragraphs, found);
        List<Attribution> out = new ArrayList<>();
        found.forEach(out::addAll);
        return out;
    }

    /**
     * A paragraph that is only a quote, with no cue of its own, continues a quote of the paragraph next to it:
     * an unclosed quote runs on into the next paragraph's attributed quote; otherwise it adds to the direct
     * quote that ended the paragraph before.
     */
    private static void joinQuoteParagraphs(List<Paragraph> paragraphs, List<List<Attribution>> found) {
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph par = paragraphs.get(p);
            int[] quote = par.wholeQuote();
            if (quote == null || !found.get(p).isEmpty()) continue;
            boolean unclosed = !isQuoteMark(par.text.charAt(quote[1] - 1)) || quote[1] - quote[0] < 2;
            if (unclosed && p + 1 < paragraphs.size() && !found.get(p + 1).isEmpty()) {
                Attribution next = found.get(p + 1).get(0);
                if (next.direct() && next.start() == paragraphs.get(p + 1).tok(0).start()) {
                    found.get(p + 1).set(0, next.withContentBefore(quote));
                    continue;
                }
            }
            if (p > 0 && !found.get(p - 1).isEmpty()) {
                List<Attribution> before = found.get(p - 1);
                Attribution last = before.get(before.size() - 1);
                Paragraph prev = paragraphs.get(p - 1);
                if (last.direct() && last.end() >= prev.toks.get(prev.toks.size() - 1).start() - 30 && !last.contentCovers(quote[0])) {
                    before.set(before.size() - 1, last.withContentAfter(quote));
                }
            }
        }
    }

    /** One paragraph's tokens, quotes and sentences, and the statements found in them. */
    private final class Paragraph {
        final String text;
        final List<Token> toks;
        /** Each token in lowercase, computed once: the rules ask for it constantly. */
        final String[] lowered;
        final List<int[]> quotes = new ArrayList<>();
        final int[] quoteOf;
        final int[] sentStart;
        final int[] sentEnd;
        /** A headline in title case ("Trump Says He Will Win"): its cue verbs are capitalised too. */
        final boolean titleCase;

        Paragraph(String text, int from, int to) {
            this.text = text;
            toks = Tokens.of(text, from, to);
            lowered = new String[toks.size()];
            for (int i = 0; i < lowered.length; i++) lowered[i] = toks.get(i).lower();
            findQuotes(from, to);
            int words = 0, capitalised = 0;
            for (Token t : toks) {
                if (!t.isWord() || t.text().length() < 4) continue;
                words++;
                if (t.isCapitalised()) capitalised++;
            }
            titleCase = words >= 3 && capitalised >= 0.8 * words;
            quoteOf = new int[toks.size()];
            sentStart = new int[toks.size()];
            sentEnd = new int[toks.size()];
            markQuotes();
            List<Span> sentences = Sentences.split(text.substring(from, to));
            int s = 0;
            int first = 0;
            for (int i = 0; i <= toks.size(); i++) {
                boolean boundary = i == toks.size()
                        || s < sentences.size() && toks.get(i).start() >= from + sentences.get(s).end();
                if (boundary) {
                    // a "sentence" longer than any real one (no punctuation in kilobytes of text) is taken in
                    // pieces, so that the rules, which look over the sentence around each cue, stay linear
                    for (int m = first; m < i; m++) {
                        int piece = first + (m - first) / MAX_SENTENCE_TOKENS * MAX_SENTENCE_TOKENS;
                        sentStart[m] = piece;
                        sentEnd[m] = Math.min(i, piece + MAX_SENTENCE_TOKENS);
                    }
                    first = i;
                    s++;
                    while (i < toks.size() && s < sentences.size() && toks.get(i).start() >= from + sentences.get(s).end()) s++;
                }

            }
        }

        private void findQuotes(int from, int to) {
            int open = -1;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
                    // some wires write quotation marks as two apostrophes
                    if (open < 0) open = i;
                    else { quotes.add(new int[] {open, i + 2}); open = -1; }
                    i++;
                } else if (c == '\u201c' && open < 0) open = i;
                else if (c == '\u201d' && open >= 0 || c == '"' && open >= 0) { quotes.add(new int[] {open, i + 1}); open = -1; }
                else if (c == '"') open = i;
            }
            if (open >= 0) quotes.add(new int[] {open, to});
        }

        /** Which quote each token lies in (-1 for none), in one sweep: tokens and quotes are both in text order. */
        private void markQuotes() {
            int q = 0;
            for (int i = 0; i < toks.size(); i++) {
                int pos = toks.get(i).start();
                while (q < quotes.size() && quotes.get(q)[1] <= pos) q++;
                quoteOf[i] = q < quotes.size() && pos >= quotes.get(q)[0] ? q : -1;
            }
        }

        Token tok(int i) { return toks.get(i); }

        /** "He said:" closing this paragraph: the statement is the next paragraph (its opening quote when it has one). */
        Attribution introducing(Paragraph next) {
            int colon = toks.size() - 1;
            if (colon < 2 || !tok(colon).is(":") || quoted(colon - 1)) return null;
            int i = colon - 1;
            Cues.Cue cue = cues.word(lower(i));
            if (cue == null || !cue.strong()) return null;
            int s0 = sentStart[i], j = i - 1;
            while (j >= s0 && AUXILIARIES.contains(lower(j))) j--;
            int a = backwardNP(j, s0);
            if (a < 0) return null;
            int[] content;
            if (next.opensQuote(0)) {
                content = next.quotes.get(0).clone();
            } else {
                int last = next.toks.size() - 1;
                if (next.tok(last).is(".") && last > 0) last--;
                content = new int[] {next.tok(0).start(), next.tok(last).end()};
            }
            return attribution(new int[] {tok(a).start(), tok(j).end()}, new int[] {tok(j + 1).start(), tok(i).end()},
                    cue.lemma(), List.of(content));
        }

        /** The quote that makes up the whole paragraph, or null. */
        int[] wholeQuote() {
            if (quotes.size() != 1 || !opensQuote(0)) return null;
            int[] q = quotes.get(0);
            Token last = tok(toks.size() - 1);
            return q[1] >= last.end() ? q : null;
        }

        boolean quoted(int i) { return quoteOf[i] >= 0; }

        boolean opensQuote(int i) { return i < toks.size() && quoted(i) && quotes.get(quoteOf[i])[0] == tok(i).start(); }

        boolean closesQuote(int i) { return i >= 0 && quoted(i) && quotes.get(quoteOf[i])[1] == tok(i).end(); }

        String lower(int i) { return i < lowered.length ? lowered[i] : ""; }

        List<Attribution> attributions() {
            List<Attribution> found = new ArrayList<>();
            Attribution label = speakerLabel();
            if (label != null) found.add(label);
            for (int i = 0; i < toks.size(); i++) {
                if (quoted(i) || !tok(i).isWord()) continue;
                Attribution a = at(i, found);
                if (a != null) found.add(a);
            }
            return outermost(found);
        }

        /** "WALLACE: ..." in a transcript, "Pence: ..." in a headline: a name, a colon, and what was said. */
        private Attribution speakerLabel() {
            int colon = 0;
            while (colon < toks.size() && colon < 5 && tok(colon).isWord() && tok(colon).isCapitalised() && !quoted(colon)) colon++;
            if (colon == 0 || colon >= toks.size() - 3 || !tok(colon).is(":") || !tok(colon + 1).isWord()
                    || Character.isDigit(tok(colon + 1).text().charAt(0))) return null;
            int end = tok(toks.size() - 1).is(".") && toks.size() - 2 > colon ? tok(toks.size() - 2).end() : tok(toks.size() - 1).end();
            if (quoted(toks.size() - 1)) end = tok(toks.size() - 1).end();
            int[] source = {tok(0).start(), tok(colon - 1).end()};
            int[] cue = {tok(colon).start(), tok(colon).end()};
            return attribution(source, cue, "say", List.of(new int[] {tok(colon + 1).start(), end}));
        }

        private Attribution at(int i, List<Attribution> found) {
            if (i + 1 < toks.size()) {
                Cues.Cue phrase = cues.phrase(lower(i), lower(i + 1));
                if (phrase != null) {
                    return phrase.lemma().equals("according to") ? accordingTo(i) : verb(i, i + 2, phrase, found);
                }
            }
            if (tok(i).isCapitalised() && (!titleCase || i == 0)) return null;
            Cues.Cue cue = cues.word(lower(i));
            if (cue == null) return null;
            int after = i + 1;
            if (after < toks.size() && !quoted(after) && takesParticle(cue, lower(after))) after++;
            Attribution a = verb(i, after, cue, found);
            // "she continued", "the email read": cues only when what they report is a quote
            if (a != null && QUOTE_ONLY.contains(cue.lemma()) && !isQuoteMark(text.charAt(a.start()))) return null;
            return a;
        }

        /** "complained about", "called for", "accused ... of": a preposition that belongs to the cue. */
        private boolean takesParticle(Cues.Cue cue, String next) {
            String lemma = cue.lemma();
            switch (next) {
                case "about": case "against": return true;
                case "for": return !lemma.equals("say") && !lemma.equals("tell");
                case "of": return Set.of("warn", "speak", "complain", "think", "accuse", "approve", "disapprove").contains(lemma);
                case "on": return Set.of("call", "comment", "insist", "focus", "urge").contains(lemma);
                case "to": return Set.of("respond", "refer", "point", "reply", "object", "speak", "talk").contains(lemma);
                default: return false;
            }
        }

        /** "According to X, ..." and "..., according to X." */
        private Attribution accordingTo(int i) {
            int s0 = sentStart[i], s1 = sentEnd[i];
            int npEnd = forwardNP(i + 2, s1);
            if (npEnd <= i + 2) return null;
            // the source runs on to the comma or the sentence end: "according to an email from ... obtained by ..."
            while (npEnd < s1 && !tok(npEnd).is(",") && !quoted(npEnd) && npEnd - i < 30) npEnd++;
            while (npEnd > i + 3 && !tok(npEnd - 1).isWord() && !tok(npEnd - 1).is(")")) npEnd--;
            int[] source = {tok(i + 2).start(), tok(npEnd - 1).end()};
            int[] cue = {tok(i).start(), tok(i + 1).end()};
            List<int[]> content = new ArrayList<>();
            int before = i - 1;
            while (before >= s0 && (tok(before).is(",") || tok(before).is("\u2014"))) before--;
            if (before >= s0) content.add(new int[] {contentStartBefore(s0, before), tok(before).end()});
            int after = npEnd;
            if (after < s1 && tok(after).is(",")) after++;
            if (after < toks.size() && opensQuote(after)) {
                content.add(quotes.get(quoteOf[after]).clone());  // "According to the paper, “...”" over several sentences
            } else {
                int end = clauseEnd(after, s1);
                if (after < s1 && end > tok(after).start() && tok(after).isWord()) content.add(new int[] {tok(after).start(), end});
            }
            if (content.isEmpty()) return null;
            return attribution(source, cue, "according to", content);
        }

        private Attribution verb(int i, int after, Cues.Cue cue, List<Attribution> found) {
            int s0 = sentStart[i], s1 = sentEnd[i];
            int j = i - 1;
            boolean passive = false;
            while (j >= s0 && AUXILIARIES.contains(lower(j)) || j >= s0 && lower(j).endsWith("ly") && !tok(j).isCapitalised()) {
                passive |= BE.contains(lower(j)) && !lower(i).endsWith("ing");
                j--;
            }
            if (passive) return null;  // "it is said that": nobody speaks
            int[] cueSpan = {tok(j + 1).start(), tok(after - 1).end()};  // "has long argued", "can barely believe"
            if (j >= s0 && (tok(j).is(",") || closesQuote(j))) return commaBeforeCue(i, j, after, cue, cueSpan, found);
            if (j >= s0 && (lower(j).equals("and") || lower(j).equals("but"))) return sharedSubject(i, j, after, cue, cueSpan, found);
            int a = backwardNP(j, s0);
            if (a < 0) return null;
            int[] source = {tok(a).start(), tok(j).end()};
            boolean reportingClause = a > s0 && isBreak(a - 1);
            if (a == s0 && a > 0 && closesQuote(a - 1) && endsHere(skipObject(after, s1, cue), s1)) {
                // “... unborn child?” Rubio said. (the splitter ended the sentence at the question mark)
                return contentBefore(source, cueSpan, cue, a - 1, sentStart[a - 1], Math.max(after, j + 1));
            }
            int k = skipObject(after, s1, cue);
            if (a - 1 >= s0 && lower(a - 1).equals("as") && (a - 1 == s0 || isBreak(a - 2)) && k < s1 && tok(k).is(",")) {
                int end = clauseEnd(k + 1, s1);  // "As The Washington Post reported, ...": what follows the comma
                return k + 1 < s1 ? attribution(source, cueSpan, cue.lemma(), List.of(new int[] {tok(k + 1).start(), end})) : null;
            }
            boolean quoteResumes = k < s1 && tok(k).is(",") && opensQuote(k + 1);  // “...,” he said, “...”
            if (reportingClause && quoteResumes && closesQuote(a - 1)) return contentBefore(source, cueSpan, cue, a - 1, s0, k);
            if (startsQuote(k, s1)) return quoteAfter(source, cueSpan, cue, k);
            if (!reportingClause && k < s1 && tok(k).is(",")) k = afterParenthetical(k, s1);
            if (reportingClause && endsHere(k, s1)) return contentBefore(source, cueSpan, cue, a - 1, s0, Math.max(after, j + 1));
            k = skipAdjunct(k, s1);
            if (k < s1 && cue.kind() == Cues.Kind.SPEECH && PREPOSITIONS.contains(lower(k))) return null;  // "reported from Washington"
            if (!cue.strong() && !opensClause(k, s1, cue) && !titleCase) return null;
            if (cue.lemma().equals("write") && !opensClause(k, s1, cue)) return null;  // "wrote a book": a thing, not words
            if (nounLike(i) && !tok(a).isCapitalised() && !SUBJECT_PRONOUNS.contains(lower(a)) && !opensContent(k, s1)) return null;
            int end = cue.kind() == Cues.Kind.STANCE ? objectEnd(k, s1) : clauseEnd(k, s1);
            if (k >= s1 || end - tok(k).start() < (cue.kind() == Cues.Kind.STANCE ? 3 : 8)) return null;
            return attribution(source, cueSpan, cue.lemma(), List.of(new int[] {tok(k).start(), end}));
        }

        /** The cue follows a comma: an inverted reporting clause, a participle, or a speaker with an apposition. */
        private Attribution commaBeforeCue(int i, int comma, int after, Cues.Cue cue, int[] cueSpan, List<Attribution> found) {
            int s0 = sentStart[i], s1 = sentEnd[i];
            // "Jason Miller, a spokesman for the campaign, said ..." and "..., his top aide, Tad Devine, told ..."
            boolean participle = lower(i).endsWith("ing") && i == comma + 1;  // ", saying ...": no subject of its own
            int start = tok(comma).is(",") && !participle ? appositionStart(comma, s0) : -1;
            if (start < 0 && tok(comma).is(",") && !participle) start = clauseInitialSubject(comma, s0);
            if (start >= 0) {
                int[] source = {tok(start).start(), tok(comma - 1).end()};
                int k = skipObject(after, s1, cue);
                if (startsQuote(k, s1)) return quoteAfter(source, cueSpan, cue, k);
                if (start > s0 && endsHere(k, s1)) return contentBefore(source, cueSpan, cue, start - 1, s0, after);
                k = skipAdjunct(k, s1);
                int end = clauseEnd(k, s1);
                if (k < s1 && end - tok(k).start() >= 8 && (cue.strong() || opensClause(k, s1, cue)))
                    return attribution(source, cueSpan, cue.lemma(), List.of(new int[] {tok(k).start(), end}));
            }
            // "..., said Jason Miller."
            int speakerEnd = forwardNP(after, s1);
            if (speakerEnd > after && speakerEnd < s1 && !tok(speakerEnd).is(",") && !tok(speakerEnd).is(".")
                    && (PREPOSITIONS.contains(lower(speakerEnd)) || lower(speakerEnd).endsWith("ing") || lower(speakerEnd).equals("who"))) {
                int e = speakerEnd;  // "said a longtime adviser to Trump, who ...", "wrote a man calling himself ..."
                while (e < s1 && e - after < 16 && !quoted(e) && !tok(e).is(",") && !(tok(e).is(".") && e == s1 - 1)) e++;
                if (e >= s1 - 1 || tok(e).is(",")) speakerEnd = e;
            }
            if (speakerEnd > after && speakerEnd + 1 < s1 && tok(speakerEnd).is(",") && describes(speakerEnd + 1, s1)) {
                speakerEnd = s1;  // "said David Greene, director for civil liberties at ..."
                while (speakerEnd > after && !tok(speakerEnd - 1).isWord() && !tok(speakerEnd - 1).is(")")) speakerEnd--;
            }
            if (speakerEnd > after && comma > s0 && !cue.takesObject() && (speakerEnd >= s1 || isBreak(speakerEnd) || tok(speakerEnd).is("."))) {
                int[] source = {tok(after).start(), tok(speakerEnd - 1).end()};
                return contentBefore(source, cueSpan, cue, comma, s0, speakerEnd);
            }
            return lower(i).endsWith("ing") ? participle(i, comma, after, cue, cueSpan, found) : null;
        }

        /** "..., arguing that ...", "tweets early Friday saying ...": the speaker is the subject of the clause before. */
        private Attribution participle(int i, int segEnd, int after, Cues.Cue cue, int[] cueSpan, List<Attribution> found) {
            int s0 = sentStart[i], s1 = sentEnd[i];
            if (!cue.strong()) return null;
            int[] source = subjectOf(i, segEnd, s0, found);
            int k = skipObject(after, s1, cue);
            if (startsQuote(k, s1)) return quoteAfter(source, cueSpan, cue, k);
            int end = clauseEnd(k, s1);
            if (k < s1 && end - tok(k).start() >= 8)
                return attribution(source, cueSpan, cue.lemma(), List.of(new int[] {tok(k).start(), end}));
            return null;
        }

        /** "Trump, speaking at a rally, said": a noun phrase opening the sentence (or following a quote) and ending at a comma. */
        private int clauseInitialSubject(int comma, int s0) {
            int x = s0;
            for (int m = s0; m < comma; m++) if (quoted(m)) x = m + 1;
            while (x < comma && tok(x).is(",")) x++;
            if (x >= comma || comma - x >= 40) return -1;
            int npEnd = forwardNP(x, comma);
            boolean subject = npEnd > x && npEnd < comma && tok(npEnd).is(",") && (x == s0 || isBreak(x - 1));
            return subject || npEnd == comma && x > s0 ? x : -1;
        }

        /** Does the rest of the sentence from {@code k} describe a person ("a spokesman for ...", "who served ...")? */
        private boolean describes(int k, int s1) {
            if (s1 - k > 30) return false;
            for (int m = k; m < s1; m++) if (quoted(m)) return false;
            String l = lower(k);
            return l.equals("who") || l.equals("whose") || DETERMINERS.contains(l) || forwardNP(k, s1) > k;
        }

        /** The start of "NAME, APPOSITION" or "NAME, who ..." ending just before {@code comma}, or -1. */
        private int appositionStart(int comma, int s0) {
            int segEnd = comma, start = -1, segments = 0;
            for (int m = comma - 1; m >= s0 - 1; m--) {
                boolean quoteEnds = m >= s0 && quoted(m);  // “...,” Jim Bennett, 57, told ...
                if (m >= s0 && !tok(m).is(",") && !quoteEnds) continue;
                int x = m + 1;
                if (x >= segEnd || segEnd - x > 25) break;
                boolean relative = segments == 0 && (lower(x).equals("who") || lower(x).equals("whose"));
                boolean age = segEnd - x == 1 && Character.isDigit(tok(x).text().charAt(0));
                boolean np = !SUBJECT_PRONOUNS.contains(lower(x)) && forwardNP(x, segEnd) == segEnd;
                if (!np && !relative && !age) break;
                if (np) start = x;
                segments++;
                segEnd = m;
                if (quoteEnds) break;
            }
            return segments >= 2 && start >= 0 ? start : -1;
        }

        /** The speaker of a participle: the last speaker in the sentence, else the subject of the clause before the comma. */
        private int[] subjectOf(int i, int comma, int s0, List<Attribution> found) {
            for (int f = found.size() - 1; f >= 0; f--) {
                Attribution a = found.get(f);
                if (a.source() != null && a.source()[0] >= tok(s0).start() && a.cue()[0] < tok(i).start()) return a.source();
            }
            int segEnd = comma;
            for (int m = comma - 1; m >= s0 - 1; m--) {
                if (m < s0 || tok(m).is(",")) {
                    int x = m + 1;
                    if (x < segEnd && Set.of("but", "and", "so", "yet").contains(lower(x))) x++;  // "But Moscow ..."
                    if (x < segEnd && !PREPOSITIONS.contains(lower(x)) && (!STOP.contains(lower(x)) || SUBJECT_PRONOUNS.contains(lower(x)))) {
                        int e = SUBJECT_PRONOUNS.contains(lower(x)) ? x + 1 : forwardNP(x, segEnd);
                        if (e > x) return new int[] {tok(x).start(), tok(e - 1).end()};
                    }
                    segEnd = m;
                }
            }
            return null;
        }

        private Attribution quoteAfter(int[] source, int[] cue, Cues.Cue c, int k) {
            int at = k;
            if (!opensQuote(k)) k++;
            int[] q = quotes.get(quoteOf[k]);
            int next = k;
            while (next < toks.size() && quoteOf[next] == quoteOf[k]) next++;
            if (next < toks.size() && next < sentEnd[k] && tok(next).isWord() && at == k) {
                if (PREPOSITIONS.contains(lower(next)) && q[1] - q[0] < 25) return null;  // told “Today” on Monday: a title
                int end = clauseEnd(k, sentEnd[k]);  // “a disaster” for the country: the quote is part of a clause
                return attribution(source, cue, c.lemma(), List.of(new int[] {q[0], Math.max(end, q[1])}));
            }
            if (q[1] - q[0] < 12) return null;
            return attribution(source, cue, c.lemma(), List.of(new int[] {q[0], q[1]}));
        }

        /** Content ending at {@code brk} (a comma or closing quote) before the reporting clause, then any continuation after it. */
        private Attribution contentBefore(int[] source, int[] cue, Cues.Cue c, int brk, int s0, int resume) {
            List<int[]> content = new ArrayList<>();
            int last = tok(brk).is(",") && brk - 1 >= s0 ? brk - 1 : brk;
            if (closesQuote(last) && quotes.get(quoteOf[last])[0] <= tok(s0).start() || closesQuote(last) && opensQuote(s0)) {
                content.add(quotes.get(quoteOf[last]).clone());
            } else if (closesQuote(brk)) {
                content.add(new int[] {contentStartBefore(s0, brk), tok(brk).end()});
            } else {
                if (last < s0 || tok(last).is(",")) return null;
                content.add(new int[] {contentStartBefore(s0, last), tok(last).end()});
            }
            boolean intro = !isQuoteMark(text.charAt(content.get(0)[0])) && introductoryPhrase(content.get(0));
            int s1 = sentEnd[brk];
            int m = resume;
            if (m < s1 && tok(m).is(",")) {
                if (opensQuote(m + 1)) {
                    content.add(quotes.get(quoteOf[m + 1]).clone());
                } else if (m + 1 < s1 && !quoted(content.get(0)[0] == tok(s0).start() ? s0 : brk) && !isCueWord(m + 1)) {
                    int end = clauseEnd(m + 1, s1);
                    if (end > tok(m + 1).start()) content.add(new int[] {tok(m + 1).start(), end});
                }
            } else if (quoted(brk)) {
                // “...,” Paradis said, looking away. “...”: the quote goes on in the next sentence
                int next = sentEnd[Math.min(Math.max(m - 1, brk), toks.size() - 1)];
                if (next < toks.size() && opensQuote(next)) content.add(quotes.get(quoteOf[next]).clone());
            }
            if (intro) {
                // "In any case, Mr. Smith said, the industry ...": what was said is only the part after the clause
                content.remove(0);
                if (content.isEmpty()) return null;
            }
            if (content.stream().mapToInt(f -> f[1] - f[0]).sum() < 10) return null;
            return attribution(source, cue, c.lemma(), content);
        }

        /** "At a town hall meeting in Iowa, she told ...": a short phrase opening with a preposition is not what was said. */
        private boolean introductoryPhrase(int[] span) {
            List<Token> words = Tokens.of(text, span[0], span[1]);
            return words.size() <= 2 || words.size() < 15 && PREPOSITIONS.contains(words.get(0).lower());
        }

        /** Where content that ends at {@code last} starts: the sentence start, or the opening of a quote running into it. */
        private int contentStartBefore(int s0, int last) {
            int start = tok(s0).start();
            if (quoted(s0)) start = Math.min(start, quotes.get(quoteOf[s0])[0]);
            return start;
        }

        private boolean isCueWord(int m) {
            return m < toks.size() && (cues.word(lower(m)) != null && lower(m).endsWith("ing") || lower(m).equals("according"));
        }

        /** The end offset of a clause starting at {@code k}: the sentence end without its final period, or a following ", arguing ...". */
        private int clauseEnd(int k, int s1) {
            if (k >= s1) return k < toks.size() ? tok(k).start() : 0;
            int last = s1 - 1;
            for (int m = k + 1; m < s1 - 1; m++) {
                if (closesQuote(m) && isCueWord(m + 1)) { last = m; break; }  // ... happening,'' adding, ...
                if (quoted(m)) continue;
                if (tok(m).is(",") && isCueWord(m + 1) || tok(m).is(";") || tok(m).is("(") || startsNewReport(m, s1)
                        || coordinatedCue(m, s1) || narrativeClause(m, s1)) { last = m - 1; break; }
            }
            while (last > k && !quoted(last) && (tok(last).is(".") || tok(last).is(",") || tok(last).is(":"))) last--;
            int end = tok(last).end();
            if (quoted(last)) end = Math.max(end, quotes.get(quoteOf[last])[1]);
            return end;
        }

        /** What a stance verb takes ("praised X", "attacked X"): its object, up to the first comma or colon. */
        private int objectEnd(int k, int s1) {
            int end = clauseEnd(k, s1);
            for (int m = k + 1; m < s1 && tok(m).start() < end; m++) {
                if (!quoted(m) && (tok(m).is(",") || tok(m).is(":") || tok(m).is(";") || tok(m).is("\u2014"))) return tok(m - 1).end();
            }
            return end;
        }

        /** ", as he urged ...", ", before claiming ...": a comma and subordinator usually hand back to the narrator. */
        private boolean narrativeClause(int m, int s1) {
            return tok(m).is(",") && m + 1 < s1 && NARRATIVE_SUBORDINATORS.contains(lower(m + 1));
        }

        /** "called him divisive and accused him of ...": a second reporting verb sharing the subject. */
        private boolean coordinatedCue(int m, int s1) {
            if (!lower(m).equals("and") && !lower(m).equals("but")) return false;
            int e = m + 1;
            while (e < s1 && AUXILIARIES.contains(lower(e))) e++;
            Cues.Cue cue = e < s1 && !quoted(e) ? cues.word(lower(e)) : null;
            return cue != null && (cue.strong() || cue.kind() == Cues.Kind.INTENT) && !lower(e).endsWith("ing");
        }

        /** ", and Democrats accused ...": a comma and conjunction opening another reporting clause. */
        private boolean startsNewReport(int m, int s1) {
            int np;
            if (tok(m).is(",") && m + 2 < s1 && Set.of("and", "but", "while").contains(lower(m + 1))) np = m + 2;
            else if ((lower(m).equals("and") || lower(m).equals("but")) && m + 1 < s1 && SUBJECT_PRONOUNS.contains(lower(m + 1))) np = m + 1;
            else if (tok(m).is(",") && m + 2 < s1 && SUBJECT_PRONOUNS.contains(lower(m + 1)) && !lower(m + 1).equals("which")
                    && !lower(m + 1).equals("who")) {
                // "..., and when asked, he said, ''I hope not.''": a pronoun and a cue open another statement
                int e = m + 2;
                while (e < s1 && AUXILIARIES.contains(lower(e))) e++;
                return e + 1 < s1 && cues.word(lower(e)) != null && cues.word(lower(e)).strong()
                        && (tok(e + 1).is(",") || tok(e + 1).is(":") || opensQuote(e + 1) || lower(e + 1).equals("that"));
            } else return false;
            int e = forwardNP(np, s1);
            while (e < s1 && AUXILIARIES.contains(lower(e))) e++;
            return e > np && e < s1 && !quoted(e) && cues.word(lower(e)) != null && !lower(e).endsWith("ing");
        }

        /** "... and said ...": a second cue sharing the subject of the statement before it in the sentence. */
        private Attribution sharedSubject(int i, int conj, int after, Cues.Cue cue, int[] cueSpan, List<Attribution> found) {
            int s0 = sentStart[i], s1 = sentEnd[i];
            int[] source = null;
            for (int f = found.size() - 1; f >= 0 && source == null; f--) {
                Attribution a = found.get(f);
                if (a.source() != null && a.cue()[0] >= tok(s0).start() && a.cue()[0] < tok(i).start()) source = a.source();
            }
            if (source == null) source = subjectOf(i, conj, s0, found);  // "McConnell was quick to embrace him and said ..."
            if (source == null || !cue.strong()) return null;
            int k = skipAdjunct(skipObject(after, s1, cue), s1);
            if (startsQuote(k, s1)) return quoteAfter(source, cueSpan, cue, k);
            int end = clauseEnd(k, s1);
            if (k >= s1 || end - tok(k).start() < 8) return null;
            return attribution(source, cueSpan, cue.lemma(), List.of(new int[] {tok(k).start(), end}));
        }

        /** "jokes", "estimates", "show": a cue form that is also a plural or singular noun. */
        private boolean nounLike(int i) {
            Cues.Cue cue = cues.word(lower(i));
            if (cue == null) return false;
            String form = lower(i), lemma = cue.lemma();
            return form.equals(lemma) || form.equals(lemma + "s") || form.equals(lemma + "es");
        }

        /** Does what follows at {@code k} look like the start of something said (not "of", "and", "at ...")? */
        private boolean opensContent(int k, int s1) {
            if (k >= s1) return false;
            String l = lower(k);
            if (opensQuote(k) || tok(k).is(":") || l.equals("that") || l.equals("to")) return true;
            if (SUBJECT_PRONOUNS.contains(l) || DETERMINERS.contains(l) || tok(k).isCapitalised()) return true;
            return false;
        }

        /** Does a clause (not just a noun) follow a belief, intention or evidence verb at {@code k}? */
        private boolean opensClause(int k, int s1, Cues.Cue cue) {
            if (k >= s1) return false;
            String l = lower(k);
            if (l.equals("that") || SUBJECT_PRONOUNS.contains(l) && !l.equals("which")) return true;
            if (cue.kind() != Cues.Kind.INTENT) {
                // "voters think Clinton is honest": a noun phrase and a verb after it make a clause
                int e = forwardNP(k, s1);
                return e > k && e < s1 && CLAUSE_VERBS.contains(lower(e));
            }
            if (l.equals("to")) return true;
            int e = forwardNP(k, s1);
            return e > k && e < s1 && lower(e).equals("to");
        }

        private boolean startsQuote(int k, int s1) {
            if (k < toks.size() && opensQuote(k)) return true;
            return k + 1 < toks.size() && (tok(k).is(":") || tok(k).is(",")) && opensQuote(k + 1);
        }

        /** True when nothing said follows at {@code k}: the sentence ends, a comma, or an adjunct like "in an interview". */
        private boolean endsHere(int k, int s1) {
            if (k >= s1) return true;
            Token t = tok(k);
            if (!t.isWord()) return !opensQuote(k) && !t.is(":");
            if (t.lower().endsWith("ly") && (k + 1 >= s1 || !tok(k + 1).isWord())) return true;
            return (ADJUNCT_STARTS.contains(t.lower()) || PREPOSITIONS.contains(t.lower())) && !lower(skipAdjunct(k, s1)).equals("that");
        }

        /** "said, speaking on condition of anonymity, that ...": the index after the closing comma, or the sentence end. */
        private int afterParenthetical(int comma, int s1) {
            for (int m = comma + 1; m < Math.min(s1, comma + 14); m++) if (tok(m).is(",") && !quoted(m)) return m + 1;
            return s1;
        }

        /** "told reporters that", "warned him that": step over the person told. */
        private int skipObject(int k, int s1, Cues.Cue cue) {
            if (!cue.takesObject() || k >= s1) return k;
            if (OBJECT_PRONOUNS.contains(lower(k))) return k + 1;
            if (lower(k).equals("that") || !tok(k).isWord()) return k;
            for (int m = k + 1; m < Math.min(s1, k + 9); m++) {
                if (quoted(m) && !opensQuote(m)) continue;
                if (lower(m).equals("that") || opensQuote(m) || tok(m).is(":")) return m;
                if (!tok(m).isWord() && !tok(m).isPossessive() && !isAbbreviationDot(m)) break;
            }
            int e = forwardNP(k, s1);
            return e > k && e - k <= 10 ? e : k;
        }

        /** "said on Monday that", "said in a statement that": step over an adjunct when a "that" follows soon. */
        private int skipAdjunct(int k, int s1) {
            if (k >= s1 || !ADJUNCT_STARTS.contains(lower(k))) return k;
            for (int m = k; m < Math.min(s1, k + 10); m++) {
                if (lower(m).equals("that") && !quoted(m)) return m;
                if (!tok(m).isWord() && !tok(m).isPossessive() && (quoted(m) || ",.;:()\u2014".contains(tok(m).text()))) break;
            }
            return k;
        }

        /** A comma, dash or closing quote: what ends the content before a postposed reporting clause. */
        private boolean isBreak(int m) {
            Token t = tok(m);
            return t.is(",") || t.is("\u2014") || t.is("--") || closesQuote(m) || t.is("(");
        }

        /** The start index of the noun phrase ending at {@code j}, or -1. */
        private int backwardNP(int j, int s0) { return backwardNP(j, s0, true); }

        private int backwardNP(int j, int s0, boolean withPrepositions) {
            if (j < s0 || quoted(j)) return -1;
            if (tok(j).is(")")) {
                int open = j - 1;
                while (open > s0 && j - open < 10 && !tok(open).is("(")) open--;
                if (!tok(open).is("(")) return -1;
                j = open - 1;
                if (j < s0) return -1;
            }
            if (isAbbreviationDot(j)) j--;
            Token head = tok(j);
            if (SUBJECT_PRONOUNS.contains(head.lower())) return j;
            if (!nounish(head) && !nounHead(j, s0) || !head.isCapitalised() && head.lower().endsWith("ed")) return -1;
            int a = j, lowercase = head.isCapitalised() ? 0 : 1;
            boolean usedOf = false;
            for (int m = j - 1; m >= s0 && j - m < 12 && !quoted(m); m--) {
                Token t = tok(m);
                String l = t.lower();
                if (t.isPossessive() && m - 1 >= s0 && tok(m - 1).isWord()) { a = m; continue; }
                if (isAbbreviationDot(m)) continue;
                if (DETERMINERS.contains(l)) { a = m; break; }
                if (nounish(t)) {
                    if (!t.isCapitalised() && ++lowercase > 4) break;
                    a = m;
                    continue;
                }
                if ((l.equals("of") || l.equals("for")) && !usedOf && m - 1 >= s0 && nounish(tok(m - 1))) { usedOf = true; continue; }
                break;
            }
            if (a - 2 >= s0 && lower(a - 1).equals("and") && !quoted(a - 2)) {
                int b = backwardNP(a - 2, s0);  // "Jeb Bush and Chris Christie say"
                if (b >= 0 && !SUBJECT_PRONOUNS.contains(lower(b))) a = b;
            }
            if (!withPrepositions) return a;
            for (int hops = 0; hops < 2 && a - 2 >= s0 && PHRASE_PREPOSITIONS.contains(lower(a - 1)) && !quoted(a - 2); hops++) {
                int b = backwardNP(a - 2, s0, false);  // "voters in a Times poll said": the phrase goes on to the left
                if (b < 0) break;
                a = b;
            }
            boolean clauseAs = a - 1 >= s0 && lower(a - 1).equals("as") && (a - 1 == s0 || isBreak(a - 2));  // "As the Post reported"
            if (a - 1 >= s0 && PREPOSITIONS.contains(lower(a - 1)) && !clauseAs) return -1;
            return a;
        }

        /** The end index (exclusive) of the noun phrase starting at {@code k}; {@code k} when there is none. */
        private int forwardNP(int k, int limit) {
            if (k >= limit || quoted(k)) return k;
            if (SUBJECT_PRONOUNS.contains(lower(k)) || OBJECT_PRONOUNS.contains(lower(k))) return k + 1;
            int m = k;
            if (DETERMINERS.contains(lower(m))) m++;
            int lowercase = 0;
            int usedOf = 0;
            while (m < limit && !quoted(m)) {
                Token t = tok(m);
                String l = t.lower();
                if (t.isPossessive() && m > k || isAbbreviationDot(m) && m > k) { m++; continue; }
                if (t.is("(") && m > k && tok(m - 1).isCapitalised()) {
                    int close = m + 1;
                    while (close < limit && close - m < 10 && !tok(close).is(")")) close++;
                    if (close < limit && tok(close).is(")")) { m = close + 1; continue; }
                }
                if (nounish(t) && (t.isCapitalised() || lowercase++ < 4)) { m++; continue; }
                if (l.equals("and") && m > k && m + 1 < limit && nounish(tok(m - 1)) && nounish(tok(m + 1))
                        && cues.word(lower(m + 1)) == null) { m++; continue; }
                if ((l.equals("of") || l.equals("for")) && usedOf < 2 && m > k && m + 1 < limit
                        && (nounish(tok(m + 1)) || DETERMINERS.contains(lower(m + 1)))) {
                    usedOf++;
                    m += DETERMINERS.contains(lower(m + 1)) ? 2 : 1;
                    continue;
                }
                break;
            }
            return m > k && (nounish(tok(m - 1)) || tok(m - 1).isPossessive() || tok(m - 1).is(")") || isAbbreviationDot(m - 1)) ? m : k;
        }

        /** The period of "Rep." or "Jr." or an initial: part of a name, not the end of a phrase. */
        private boolean isAbbreviationDot(int m) {
            if (m < 1 || m >= toks.size() || !tok(m).is(".")) return false;
            Token before = tok(m - 1);
            return before.isCapitalised() && before.text().length() <= 4 && before.end() == tok(m).start();
        }

        /** "the report said", "One tweet said": a cue word used as a noun, after a determiner or a name. */
        private boolean nounHead(int j, int s0) {
            if (j - 1 < s0 || !nounLike(j) || lower(j).endsWith("ing")) return false;
            Token before = tok(j - 1);
            return DETERMINERS.contains(before.lower()) || before.isPossessive() || before.isCapitalised() && before.isWord();
        }

        private boolean nounish(Token t) {
            if (!t.isWord()) return false;
            String l = t.lower();
            if (STOP.contains(l) || DETERMINERS.contains(l) || PREPOSITIONS.contains(l)) return false;
            if (l.endsWith("n't") || l.endsWith("n\u2019t") || l.equals("cannot")) return false;
            if (t.isCapitalised()) return true;
            if (cues.word(l) != null || l.endsWith("ly") || l.endsWith("ing") || l.endsWith("ed") && l.indexOf('-') < 0) return false;
            return Character.isLetter(t.text().charAt(0)) || l.indexOf('-') > 0;
        }

        private Attribution attribution(int[] source, int[] cue, String lemma, List<int[]> content) {
            boolean direct = content.stream().allMatch(f -> isQuoteMark(text.charAt(f[0])) && isQuoteMark(text.charAt(f[1] - 1)));
            return new Attribution(source, cue, lemma, content, direct);
        }

        /** Keeps the outer statement when one statement's cue lies inside another's content. */
        private List<Attribution> outermost(List<Attribution> found) {
            List<Attribution> bySize = new ArrayList<>(found);
            bySize.sort(Comparator.comparingInt(Attribution::length).reversed());
            List<Attribution> kept = new ArrayList<>();
            TreeMap<Integer, Integer> claimed = new TreeMap<>();  // content pieces kept so far: start -> end, disjoint
            for (Attribution a : bySize) {
                boolean inside = covers(claimed, a.cue()[0]) || a.source() != null && covers(claimed, a.source()[0]);
                for (int[] f : a.content()) inside |= overlaps(claimed, f);
                if (inside) continue;
                kept.add(a);
                for (int[] f : a.content()) claimed.put(f[0], f[1]);
            }
            kept.sort(Comparator.comparingInt(a -> a.cue()[0]));
            return kept;
        }

        private boolean covers(TreeMap<Integer, Integer> claimed, int pos) {
            Map.Entry<Integer, Integer> e = claimed.floorEntry(pos);
            return e != null && pos < e.getValue();
        }

        private boolean overlaps(TreeMap<Integer, Integer> claimed, int[] f) {
            Map.Entry<Integer, Integer> e = claimed.lowerEntry(f[1]);
            return e != null && e.getValue() > f[0];
        }
    }

    private static Set<String> words(String... words) { return new java.util.HashSet<>(List.of(words)); }

    static boolean isQuoteMark(char c) { return c == '"' || c == '\u201c' || c == '\u201d' || c == '\''; }
}
