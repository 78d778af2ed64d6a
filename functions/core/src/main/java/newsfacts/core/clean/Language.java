package newsfacts.core.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A small language guesser: the script for languages with their own, then counts of very
 * common words for Latin-script languages. Enough to label news text; not a general detector.
 */
final class Language {
    private static final Map<String, String[]> STOP_WORDS = load();

    private Language() {}

    /** A declared language tag reduced to its primary subtag ("de-AT" → "de"), or null. */
    static String normalize(String tag) {
        if (tag == null) return null;
        String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        if (dash > 0) t = t.substring(0, dash);
        return t.matches("[a-z]{2,3}") ? t : null;
    }

    static String detect(String text) {
        if (text == null || text.isBlank()) return null;
        String sample = text.length() > 5000 ? text.substring(0, 5000) : text;
        String script = byScript(sample);
        if (script != null) return script;
        Map<String, Integer> words = new HashMap<>();
        for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (!w.isEmpty()) words.merge(w, 1, Integer::sum);
        String best = null;
        int bestHits = 2;
        for (Map.Entry<String, String[]> lang : STOP_WORDS.entrySet()) {
            int hits = 0;
            for (String w : lang.getValue()) hits += words.getOrDefault(w, 0);
            if (hits > bestHits) {
                best = lang.getKey();
                bestHits = hits;
            }
        }
        return best;
    }

    private static String byScript(String s) {
        int latin = 0, han = 0, kana = 0, hangul = 0, arabic = 0, cyrillic = 0, greek = 0, hebrew = 0, thai = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) { if (Character.isLetter(c)) latin++; continue; }
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            switch (sc) {
                case LATIN: latin++; break;
                case HAN: han++; break;
                case HIRAGANA: case KATAKANA: kana++; break;
                case HANGUL: hangul++; break;
                case ARABIC: arabic++; break;
                case CYRILLIC: cyrillic++; break;
                case GREEK: greek++; break;
                case HEBREW: hebrew++; break;
                case THAI: thai++; break;
                default:
            }
        }
        int other = han + kana + hangul + arabic + cyrillic + greek + hebrew + thai;
        if (other < latin) return null;
        if (kana > 0 && kana + han >= other / 2) return "ja";
        if (hangul >= other / 2) return "ko";
        if (han >= other / 2) return "zh";
        if (arabic >= other / 2) return "ar";
        if (cyrillic >= other / 2) return cyrillicLanguage(s);
        if (greek >= other / 2) return "el";
        if (hebrew >= other / 2) return "he";
        if (thai >= other / 2) return "th";
        return null;
    }

    /** Ukrainian has letters Russian lacks. */
    private static String cyrillicLanguage(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') return "uk";
        }
        return "ru";
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> lists = new HashMap<>();
        try (InputStream in = Language.class.getResourceAsStream("/newsfacts/clean/stopwords.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.strip().split("\\s+");
                String[] words = new String[parts.length - 1];
                System.arraycopy(parts, 1, words, 0, words.length);
                lists.put(parts[0], words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lists;
    }
}
