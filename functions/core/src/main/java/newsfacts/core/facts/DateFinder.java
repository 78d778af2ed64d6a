package newsfacts.core.facts;

import newsfacts.core.model.DateMention;
import newsfacts.core.model.Span;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates: absolute ones in the common English and numeric forms, and relative ones ("on Friday",
 * "last week", "yesterday") resolved against the publication date. Values are ISO-8601: a day
 * (2024-05-24), a month (2024-05), a year (2024) or a week (2024-W21). Each keeps its sentence and,
 * when the sentence says, the event it dates ("interview", "meeting", "attack").
 */
final class DateFinder {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String NUMBER_WORD = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)";

    // Every form starts a word with a letter or digit: the lookahead in front lets the matcher pass
    // over all other positions with one test instead of one per form.
    private static final Pattern DATES = Pattern.compile("(?=\\b[A-Za-z0-9])(?:" + String.join("|",
            "(?<iso>\\b" + YEAR + "-(\\d\\d)-(\\d\\d)\\b)",
            "(?<numeric>\\b(\\d{1,2})[/.](\\d{1,2})[/.]" + YEAR + "\\b)",
            "(?<mdy>\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s+" + YEAR + "\\b)?)",
            "(?<dmy>\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + "\\b)?)",
            "(?<my>\\b" + MONTH + ",?\\s+" + YEAR + "\\b)",
            "(?<weekday>\\b(?:(last|next|this|on|On|Last|Next|This)\\s+)?" + WEEKDAY + "\\b)",
            "(?<ago>\\b" + NUMBER_WORD + "\\s+(day|week|month|year)s?\\s+ago\\b)",
            "(?<rel>\\b(?:(?:earlier|later)\\s+)?(today|yesterday|tomorrow|tonight|(?:this|last|next)\\s+(?:morning|afternoon|evening|night|week|weekend|month|year))\\b)",
            "(?<inyear>\\b(?:in|since|by|until|before|after|during|In|Since|By|Until)\\s+" + YEAR + "\\b)") + ")");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> NUMBERS = Map.of("a", 1, "an", 1, "one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8);
    private static final Set<String> FUTURE = Set.of("will", "'ll", "\u2019ll", "shall", "plans", "planned", "scheduled",
            "expected", "due", "upcoming", "going", "ahead");
    /** Words that put what follows in the past: reporting verbs and auxiliaries, the commonest news verbs. */
    private static final Set<String> PAST = Set.of("said", "told", "was", "were", "had", "did", "added", "announced",
            "met", "held", "signed", "won", "lost", "died", "fell", "rose", "happened", "began", "ended");
    /** How far ahead of its publication a news text names a day without a year and means this year's. */
    private static final int DAYS_AHEAD_WITHOUT_CUE = 60;

    private enum Tense { PAST, FUTURE, UNKNOWN }
    /** Nouns for things that happen on a date. */
    private static final Set<String> EVENTS = Set.of(
            "interview", "meeting", "attack", "attacks", "summit", "talks", "visit", "speech", "election",
            "elections", "vote", "debate", "conference", "rally", "strike", "strikes", "explosion", "ceremony",
            "hearing", "trial", "announcement", "statement", "call", "protest", "protests", "briefing", "launch",
            "referendum", "match", "crash", "shooting", "bombing", "raid", "operation", "agreement", "deal",
            "signing", "address", "session", "meetings", "assault", "offensive", "earthquake", "storm", "fire",
            "accident", "arrest", "ruling", "verdict", "resignation", "report", "release", "broadcast", "appearance",
            "trip", "tour", "primary", "caucus", "convention", "funeral", "wedding", "negotiations", "ceasefire",
            "invasion", "incident", "press conference");

    List<DateMention> find(String body, String published, List<Span> sentences) {
        LocalDate pub = publicationDate(published);
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATES.matcher(body);
        Map<Integer, List<Tokens.Token>> sentenceTokens = new java.util.HashMap<>();  // each sentence tokenized once
        while (m.find()) {
            Resolved r = resolve(m, pub, body);
            if (r == null) continue;
            int start = m.start(), end = m.end();
            if (m.group("weekday") != null && "on".equalsIgnoreCase(m.group(21))) start = m.start(22);
            if (m.group("inyear") != null) start = end - 4;
            Span sentence = sentenceOf(sentences, start);
            String event = sentence == null ? null
                    : event(body, sentenceTokens.computeIfAbsent(sentence.start(), k -> Tokens.of(body, sentence.start(), sentence.end())), start);
            out.add(new DateMention(Span.of(body, start, end), r.value(), r.relative(), event,
                    sentence == null ? null : sentence.text()));
        }
        return out;
    }

    private record Resolved(String value, boolean relative) {}

    private static Resolved resolve(Matcher m, LocalDate pub, String body) {
        try {
            if (m.group("iso") != null) {
                return new Resolved(LocalDate.of(num(m.group(2)), num(m.group(3)), num(m.group(4))).toString(), false);
            }
            if (m.group("numeric") != null) {
                int a = num(m.group(6)), b = num(m.group(7)), y = num(m.group(8));
                // day first when it cannot be a month; otherwise the US order month/day
                return a > 12 ? new Resolved(LocalDate.of(y, b, a).toString(), false) : new Resolved(LocalDate.of(y, a, b).toString(), false);
            }
            if (m.group("mdy") != null) return dayMonth(month(m.group(10)), num(m.group(11)), m.group(12), pub, body, m.start());
            if (m.group("dmy") != null) return dayMonth(month(m.group(15)), num(m.group(14)), m.group(16), pub, body, m.start());
            if (m.group("my") != null) return new Resolved(YearMonth.of(num(m.group(19)), month(m.group(18))).toString(), false);
            if (m.group("weekday") != null) return weekday(m.group(21), m.group(22), pub, body, m.start());
            if (m.group("ago") != null) {
                if (pub == null) return new Resolved(null, true);
                String n = m.group(24).toLowerCase(Locale.ROOT);
                int count = Character.isDigit(n.charAt(0)) ? num(n) : NUMBERS.getOrDefault(n, 1);
                return switch (m.group(25)) {
                    case "day" -> new Resolved(pub.minusDays(count).toString(), true);
                    case "week" -> new Resolved(week(pub.minusWeeks(count)), true);
                    case "month" -> new Resolved(YearMonth.from(pub.minusMonths(count)).toString(), true);
                    default -> new Resolved(String.valueOf(pub.getYear() - count), true);
                };
            }
            if (m.group("rel") != null) return relative(m.group(27).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), pub);
            if (m.group("inyear") != null) return new Resolved(m.group(29), false);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;  // "February 30": not a date
        }
        return null;
    }

    private static Resolved dayMonth(int month, int day, String year, LocalDate pub, String body, int at) {
        if (year != null) return new Resolved(LocalDate.of(num(year), month, day).toString(), false);
        if (pub == null) return new Resolved(String.format("--%02d-%02d", month, day), false);
        // no year: the publication year ("the final on June 20" weeks ahead), or the year before when that
        // day lies ahead but the clause speaks of the past, or lies far ahead with nothing saying it is to come
        LocalDate d = LocalDate.of(pub.getYear(), month, day);
        Tense tense = tenseBefore(body, at);
        boolean ahead = d.isAfter(pub);
        if (ahead && tense == Tense.PAST || d.isAfter(pub.plusDays(DAYS_AHEAD_WITHOUT_CUE)) && tense != Tense.FUTURE
                || d.isAfter(pub.plusMonths(9))) d = d.minusYears(1);
        return new Resolved(d.toString(), true);
    }

    private static Resolved weekday(String modifier, String name, LocalDate pub, String body, int at) {
        if (pub == null) return new Resolved(null, true);
        DayOfWeek dow = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        int diff = dow.getValue() - pub.getDayOfWeek().getValue();
        int back = diff < 0 ? -diff : diff == 0 ? 0 : 7 - diff, forward = diff > 0 ? diff : diff + 7;
        Tense tense = tenseBefore(body, at);
        // with no word to go by, the nearer day, the past counting double: news mostly reports what happened
        boolean future = mod.equals("next") || !mod.equals("last")
                && (tense == Tense.FUTURE || tense == Tense.UNKNOWN && back > 0 && 2 * forward < back);
        LocalDate d = future ? pub.plusDays(forward) : pub.minusDays(back == 0 && mod.equals("last") ? 7 : back);
        return new Resolved(d.toString(), true);
    }

    /**
     * What the clause before {@code at} says of time, by the cue nearest the date: "will meet on Friday" is
     * to come, "said on Friday" is past, "said talks will resume on Friday" is to come.
     */
    private static Tense tenseBefore(String body, int at) {
        int from = at;
        while (from > 0 && at - from < 80 && ".!?\n".indexOf(body.charAt(from - 1)) < 0) from--;
        Tense tense = Tense.UNKNOWN;
        for (Tokens.Token t : Tokens.of(body, from, at)) {
            if (FUTURE.contains(t.lower())) tense = Tense.FUTURE;
            else if (PAST.contains(t.lower())) tense = Tense.PAST;
        }
        return tense;
    }

    private static Resolved relative(String phrase, LocalDate pub) {
        if (pub == null) return new Resolved(null, true);
        String p = phrase.replaceFirst("^(earlier|later) ", "");
        return switch (p) {
            case "today", "tonight", "this morning", "this afternoon", "this evening" -> new Resolved(pub.toString(), true);
            case "yesterday", "last night" -> new Resolved(pub.minusDays(1).toString(), true);
            case "tomorrow" -> new Resolved(pub.plusDays(1).toString(), true);
            case "this week", "this weekend" -> new Resolved(week(pub), true);
            case "last week", "last weekend" -> new Resolved(week(pub.minusWeeks(1)), true);
            case "next week", "next weekend" -> new Resolved(week(pub.plusWeeks(1)), true);
            case "this month" -> new Resolved(YearMonth.from(pub).toString(), true);
            case "last month" -> new Resolved(YearMonth.from(pub.minusMonths(1)).toString(), true);
            case "next month" -> new Resolved(YearMonth.from(pub.plusMonths(1)).toString(), true);
            case "this year" -> new Resolved(String.valueOf(pub.getYear()), true);
            case "last year" -> new Resolved(String.valueOf(pub.getYear() - 1), true);
            case "next year" -> new Resolved(String.valueOf(pub.getYear() + 1), true);
            default -> null;
        };
    }

    private static String week(LocalDate d) {
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The nearest event noun in the sentence, with a short "with ..." or "on ..." complement when it leads to the date. */
    private static String event(String body, List<Tokens.Token> toks, int dateStart) {
        int best = -1, bestDistance = Integer.MAX_VALUE;
        // only tokens starting within 120 characters before or 100 after the date can be near enough
        int lo = 0, hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < dateStart - 120) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < toks.size() && toks.get(i).start() <= dateStart + 100; i++) {
            if (!EVENTS.contains(toks.get(i).text())) continue;  // lowercase only: "Session" in a name is no event
            int distance = Math.abs(toks.get(i).start() - dateStart);
            if (toks.get(i).start() > dateStart) distance += 20;  // the event usually comes first: "an interview on Friday"
            if (distance < bestDistance) { best = i; bestDistance = distance; }
        }
        if (best < 0 || bestDistance > 120) return null;
        int end = best;
        // "interview with The Economist on Friday": keep the complement up to the date
        if (toks.get(best).end() < dateStart && best + 1 < toks.size()
                && Set.of("with", "of", "between", "by", "against").contains(toks.get(best + 1).lower())) {
            int m = best + 1;
            while (m < toks.size() && toks.get(m).start() < dateStart && m - best <= 6 && toks.get(m).isWord()) m++;
            if (m < toks.size() && m - best <= 6 && toks.get(m).start() >= dateStart - 4 && m - 1 > best) {
                end = m - 1;
                if (Set.of("on", "last", "this", "next", "in", "at").contains(toks.get(end).lower())) end--;
            }
        }
        return body.substring(toks.get(best).start(), toks.get(end).end());
    }

    private static Span sentenceOf(List<Span> sentences, int pos) { return SentenceIndex.containing(sentences, pos); }

    static LocalDate publicationDate(String published) {
        if (published == null || published.length() < 10) return null;
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int month(String name) { return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)); }

    private static int num(String s) { return Integer.parseInt(s); }
}
