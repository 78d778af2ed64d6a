package newsfacts.core.facts;

import newsfacts.core.facts.Tokens.Token;
import newsfacts.core.model.Entity;
import newsfacts.core.model.Span;
import newsfacts.core.nlp.Sentences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keywords (the most mentioned entities, then the most frequent content words) and a short extractive
 * summary (the lead sentence plus the sentences that carry most of the keywords, in text order).
 */
final class Summarizer {
    static final int MAX_KEYWORDS = 10;
    static final int SUMMARY_SENTENCES = 3;
    static final int SUMMARY_WORDS = 80;

    /** Words too common in news to be keywords, beside the function words. */
    private static final Set<String> GENERIC = Set.of("year", "years", "time", "week", "weeks", "month", "months",
            "days", "people", "way", "well", "back", "first", "second", "three", "told", "percent");

    private final Set<String> stopwords = WordLists.stopwords();

    /** Is this text English? The share of common English function words among its words decides. */
    boolean looksEnglish(String text) {
        int words = 0, common = 0;
        for (Token t : Tokens.of(text, 0, Math.min(text.length(), 5000))) {
            if (!t.isWord() || !Character.isLetter(t.text().charAt(0))) continue;
            words++;
            if (stopwords.contains(t.lower())) common++;
        }
        return words >= 5 && common >= 0.2 * words;
    }

    /** Up to ten keywords; content words only for English text, where the stopword list applies. */
    List<String> keywords(String body, List<Entity> entities, boolean english) {
        Map<String, Double> score = new LinkedHashMap<>();
        List<Entity> byMentions = new ArrayList<>(entities);
        byMentions.sort(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed()
                .thenComparing(Comparator.comparingDouble(Entity::salience).reversed()));
        for (Entity e : byMentions) {
            if (score.size() >= MAX_KEYWORDS / 2) break;
            score.put(e.name(), (double) e.mentions().size());
        }
        if (!english) return new ArrayList<>(score.keySet());
        Set<String> inNames = new HashSet<>();
        for (String name : score.keySet()) for (Token t : Tokens.of(name)) inNames.add(t.lower());
        Map<String, Integer> counts = new HashMap<>();
        for (Token t : Tokens.of(body)) {
            String w = t.lower();
            if (!t.isWord() || t.isCapitalised() || w.length() < 4 || !Character.isLetter(w.charAt(0))
                    || stopwords.contains(w) || GENERIC.contains(w) || inNames.contains(w)) continue;
            counts.merge(w, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> words = new ArrayList<>(counts.entrySet());
        words.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Integer> w : words) {
            if (score.size() >= MAX_KEYWORDS || w.getValue() < 2) break;
            score.putIfAbsent(w.getKey(), (double) w.getValue());
        }
        return new ArrayList<>(score.keySet());
    }

    /**
     * The lead sentence plus up to two sentences dense in keywords, in text order, within about 80 words.
     * Lines that are no sentence (a headline, a dateline line: no closing stop) and repeats are left out.
     */
    String summary(List<Span> sentences, List<String> keywords) {
        List<Span> whole = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Span s : sentences) if (Sentences.endsWithStop(s.text()) && seen.add(s.text())) whole.add(s);
        if (whole.isEmpty()) whole = sentences;
        return summaryOf(whole, keywords);
    }

    private String summaryOf(List<Span> sentences, List<String> keywords) {
        if (sentences.isEmpty()) return null;
        Set<String> keys = new HashSet<>();
        for (String k : keywords) for (Token t : Tokens.of(k)) if (t.isWord()) keys.add(t.lower());
        List<Integer> chosen = new ArrayList<>(List.of(0));
        List<Integer> rest = new ArrayList<>();
        for (int i = 1; i < sentences.size(); i++) rest.add(i);
        Map<Integer, Double> score = new HashMap<>();
        for (int i : rest) score.put(i, density(sentences.get(i).text(), keys) / (1 + 0.1 * i));
        rest.sort(Comparator.comparingDouble((Integer i) -> score.get(i)).reversed());
        int words = wordCount(sentences.get(0).text());
        for (int i : rest) {
            if (chosen.size() >= SUMMARY_SENTENCES) break;
            int w = wordCount(sentences.get(i).text());
            if (words + w > SUMMARY_WORDS || w < 6) continue;
            chosen.add(i);
            words += w;
        }
        chosen.sort(null);
        StringBuilder out = new StringBuilder();
        for (int i : chosen) {
            if (out.length() > 0) out.append(' ');
            out.append(sentences.get(i).text());
        }
        return out.toString();
    }

    private static double density(String sentence, Set<String> keys) {
        int words = 0, hits = 0;
        for (Token t : Tokens.of(sentence)) {
            if (!t.isWord()) continue;
            words++;
            if (keys.contains(t.lower())) hits++;
        }
        return words == 0 ? 0 : hits / Math.sqrt(words);
    }

    private static int wordCount(String s) {
        int n = 0;
        for (Token t : Tokens.of(s)) if (t.isWord()) n++;
        return n;
    }

}
