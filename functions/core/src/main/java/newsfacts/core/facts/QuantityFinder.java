package newsfacts.core.facts;

import newsfacts.core.model.Quantity;
import newsfacts.core.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds money (with its currency), percentages and counts of things ("12 missiles", "two people"), with their sentence. */
final class QuantityFinder {
    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s?(thousand|million|billion|trillion|bn|mn|m|k)\\b)?";
    private static final String WORD_NUM = "(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a dozen|dozens of|hundreds of|thousands of|millions of)";
    // Every form starts with a currency sign or at the start of a word: the lookahead in front lets the
    // matcher pass over all other positions with one test instead of one per form.
    private static final Pattern QUANTITIES = Pattern.compile("(?=US\\$|[CA]\\$|[$\u20ac\u00a3\u00a5\u20b9]|\\b[0-9A-Za-z])(?:" + String.join("|",
            "(?<symbol>(US\\$|C\\$|A\\$|\\$|\u20ac|\u00a3|\u00a5|\u20b9)\\s?" + NUM + SCALE + ")",
            "(?<code>\\b(USD|EUR|GBP|JPY|CNY|RUB|INR|CHF|AUD|CAD)\\s?" + NUM + SCALE + ")",
            "(?<named>\\b" + NUM + SCALE + "\\s(US dollars|dollars|euros|pounds|yen|rubles|roubles|rupees|yuan|francs|USD|EUR|GBP)\\b)",
            "(?<percent>\\b" + NUM + "\\s?(%|percent\\b|per cent\\b|percentage points?\\b))",
            "(?<count>\\b(?:" + NUM + SCALE + "|" + WORD_NUM + ")\\s+((?:[a-z][a-z-]+\\s+)?[a-z][a-z-]+)\\b)") + ")");

    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("C$", "CAD"), Map.entry("A$", "AUD"),
            Map.entry("\u20ac", "EUR"), Map.entry("\u00a3", "GBP"), Map.entry("\u00a5", "JPY"), Map.entry("\u20b9", "INR"),
            Map.entry("dollars", "USD"), Map.entry("us dollars", "USD"), Map.entry("euros", "EUR"), Map.entry("pounds", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("rubles", "RUB"), Map.entry("roubles", "RUB"), Map.entry("rupees", "INR"),
            Map.entry("yuan", "CNY"), Map.entry("francs", "CHF"));
    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0),
            Map.entry("fifty", 50.0), Map.entry("hundred", 100.0), Map.entry("a dozen", 12.0));
    /** Words after a number that do not name what is counted. */
    private static final Set<String> NOT_UNITS = Set.of("of", "and", "or", "to", "the", "a", "in", "on", "at", "for",
            "percent", "per", "p", "a.m", "pm", "am", "times", "more", "less", "than", "other", "who", "that", "which",
            "is", "are", "was", "were", "have", "had", "has", "will", "would", "said", "says", "with", "from", "by",
            "million", "billion", "thousand", "trillion", "out", "as", "if", "but", "so", "after", "before");

    private final Set<String> stopwords = WordLists.stopwords();

    List<Quantity> find(String body, List<Span> sentences, List<Span> dates) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = QUANTITIES.matcher(body);
        List<Span> byStart = new ArrayList<>(dates);
        byStart.sort(java.util.Comparator.comparingInt(Span::start));
        int[] maxEnd = new int[byStart.size()];  // the furthest end among the dates up to each one
        for (int i = 0; i < maxEnd.length; i++) maxEnd[i] = Math.max(byStart.get(i).end(), i > 0 ? maxEnd[i - 1] : Integer.MIN_VALUE);
        while (m.find()) {
            int start = m.start(), end = m.end();
            if (insideAny(byStart, maxEnd, start, end)) continue;
            Quantity.Kind kind;
            Double value;
            String unit;
            if (m.group("symbol") != null) {
                kind = Quantity.Kind.MONEY;
                unit = CURRENCIES.get(m.group(2));
                value = scaled(m.group(3), m.group(4));
            } else if (m.group("code") != null) {
                kind = Quantity.Kind.MONEY;
                unit = m.group(6);
                value = scaled(m.group(7), m.group(8));
            } else if (m.group("named") != null) {
                kind = Quantity.Kind.MONEY;
                value = scaled(m.group(10), m.group(11));
                String cur = m.group(12);
                unit = CURRENCIES.getOrDefault(cur.toLowerCase(Locale.ROOT), cur);
            } else if (m.group("percent") != null) {
                kind = Quantity.Kind.PERCENT;
                value = scaled(m.group(14), null);
                unit = m.group(15).startsWith("percentage") ? "percentage points" : "%";
            } else {
                String number = m.group(17);
                if (number != null && isYear(number) && m.group(18) == null) continue;
                String counted = m.group(20);
                String first = counted.split("\\s+")[0];
                if (NOT_UNITS.contains(first) || stopwords.contains(first)) continue;
                if (start > 0 && (body.charAt(start - 1) == '-' || body.charAt(start - 1) == '\u2013')) continue;  // a score: 19-15
                String[] words = counted.split("\\s+");
                // "three civilian casualties": keep the adjective only when the next word is the plural noun
                if (words.length == 2 && (NOT_UNITS.contains(words[1]) || !words[1].endsWith("s") || words[0].endsWith("s"))) {
                    counted = words[0];
                    end = m.start(20) + words[0].length();
                }
                kind = Quantity.Kind.COUNT;
                value = number != null ? scaled(number, m.group(18)) : WORDS.get(m.group(19).toLowerCase(Locale.ROOT));
                unit = counted;
            }
            Span sentence = sentenceOf(sentences, start);
            out.add(new Quantity(Span.of(body, start, end), kind, value, unit, sentence == null ? null : sentence.text()));
        }
        return out;
    }

    private static boolean isYear(String number) {
        return number.length() == 4 && number.indexOf(',') < 0 && (number.startsWith("19") || number.startsWith("20"));
    }

    private static Double scaled(String number, String scale) {
        double v = Double.parseDouble(number.replace(",", ""));
        if (scale == null) return v;
        return switch (scale.toLowerCase(Locale.ROOT)) {
            case "thousand", "k" -> v * 1e3;
            case "million", "m", "mn" -> v * 1e6;
            case "billion", "bn" -> v * 1e9;
            case "trillion" -> v * 1e12;
            default -> v;
        };
    }

    /** Does any of {@code spans} (sorted by start, {@code maxEnd} their running furthest end) overlap {@code [start, end)}? */
    private static boolean insideAny(List<Span> spans, int[] maxEnd, int start, int end) {
        int lo = 0, hi = spans.size() - 1, last = -1;
        while (lo <= hi) {  // the last span starting before end
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() < end) { last = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return last >= 0 && maxEnd[last] > start;
    }

    private static Span sentenceOf(List<Span> sentences, int pos) { return SentenceIndex.containing(sentences, pos); }
}
