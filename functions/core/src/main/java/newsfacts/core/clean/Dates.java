package newsfacts.core.clean;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads publication dates from attribute values, URLs and running text, in the common languages. */
final class Dates {
    private static final Pattern ISO = Pattern.compile(
            "((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ](\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d\\d)(\\d{2})(\\d{2})(?:T|$)");
    private static final Pattern URL_DATE = Pattern.compile(
            "[/_-]((?:19|20)\\d\\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final Pattern DMY_NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d\\d)(?!\\d)");
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Pattern DAY_MONTH_YEAR;
    private static final Pattern MONTH_DAY_YEAR;

    static {
        String[][] names = {
                {"january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "stycznia", "januari"},
                {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "lutego", "februari"},
                {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marca", "maart"},
                {"april", "apr", "avril", "abril", "aprile", "kwietnia"},
                {"may", "mai", "mayo", "maggio", "maio", "maja", "mei"},
                {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "czerwca"},
                {"july", "jul", "juli", "juillet", "julio", "luglio", "julho", "lipca"},
                {"august", "aug", "août", "aout", "agosto", "sierpnia", "augustus"},
                {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "września", "wrzesnia"},
                {"october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro", "października", "okt"},
                {"november", "nov", "novembre", "noviembre", "novembro", "listopada"},
                {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "grudnia"}};
        for (int m = 0; m < names.length; m++) for (String n : names[m]) MONTHS.put(n, m + 1);
        // a word where the month goes, checked against the table in code: one cheap pattern, no
        // alternation of a hundred month names tried at every position
        String word = "(\\p{L}{3,10})\\.?";
        DAY_MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?" + word
                + ",?\\s+(?:de\\s+)?((?:19|20)\\d\\d)(?!\\d)");
        MONTH_DAY_YEAR = Pattern.compile("(?<!\\p{L})" + word + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)");
    }

    private Dates() {}

    /** A machine-written date (attribute, JSON-LD) as ISO-8601, or null. */
    static String parseValue(String value) {
        if (value == null) return null;
        String v = value.strip();
        if (v.isEmpty()) return null;
        if (isOffsetDateTime(v)) {
            try {
                return OffsetDateTime.parse(v).toString();
            } catch (DateTimeParseException notOffset) {
                // fall through to the looser forms
            }
        }
        // "Mon, 11 Mar 2024 09:00:00 GMT", as HTTP headers and feeds write it: keep the time
        if (v.length() > 20 && v.charAt(3) == ',') {
            try {
                return OffsetDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toString();
            } catch (DateTimeParseException notRfc1123) {
                // the looser forms below still find the day
            }
        }
        Matcher m = ISO.matcher(v);
        if (m.find() && m.start() <= 12) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d == null) return null;
            if (m.group(4) != null && m.group(5) != null) {
                try {
                    String time = m.group(4).length() == 5 ? m.group(4) + ":00" : m.group(4);
                    String zone = m.group(5).equals("Z") ? "Z"
                            : m.group(5).contains(":") ? m.group(5) : m.group(5).substring(0, 3) + ":" + m.group(5).substring(3);
                    return OffsetDateTime.parse(d + "T" + time + zone).toString();
                } catch (DateTimeException e) {
                    return d.toString();
                }
            }
            return d.toString();
        }
        m = COMPACT.matcher(v);
        if (m.find()) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            return d == null ? null : d.toString();
        }
        return inText(v);
    }

    /**
     * Whether {@link OffsetDateTime#parse} gets past reading the value: the same reading without its
     * exception, which costs more than the parse when most values are dates without a zone.
     */
    private static boolean isOffsetDateTime(String v) {
        ParsePosition at = new ParsePosition(0);
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parseUnresolved(v, at) != null && at.getErrorIndex() < 0 && at.getIndex() == v.length();
    }

    static String fromUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return null;
        LocalDate d = date(m.group(1), m.group(2), m.group(3));
        return d == null ? null : d.toString();
    }

    /**
     * The patterns of {@link #inText} that end with the year reach it after at most 30 characters
     * that are not regex spaces (day, suffix, "de", a month word of up to ten letters that may each
     * be a surrogate pair, dot, comma, "de"); 32 leaves room.
     */
    private static final int LEAD = 32;

    /** Where "19" or "20" and two ASCII digits stand: the year group of every date pattern; null if nowhere. */
    private static int[] years(String t) {
        int[] at = null;
        int count = 0;
        for (int i = 0, n = t.length() - 3; i < n; i++) {
            char a = t.charAt(i);
            if (!((a == '1' && t.charAt(i + 1) == '9' || a == '2' && t.charAt(i + 1) == '0')
                    && isDigit(t.charAt(i + 2)) && isDigit(t.charAt(i + 3)))) continue;
            if (at == null) at = new int[8];
            else if (count == at.length) at = java.util.Arrays.copyOf(at, count * 2);
            at[count++] = i;
        }
        return at == null ? null : java.util.Arrays.copyOf(at, count);
    }

    /**
     * The stretches where a date that ends with its year can be: {@code [from, to)} pairs, each
     * from the earliest start of such a date up to the end of the years it could reach.
     */
    private static int[] spans(String t, int[] years) {
        int[] spans = new int[years.length * 2];
        int count = 0;
        for (int year : years) {
            int from = year;
            for (int lead = 0; from > 0; from--) {
                if (!TextStats.isRegexSpace(t.charAt(from - 1)) && ++lead > LEAD) break;
            }
            if (count > 0 && from < spans[count - 1]) {
                spans[count - 1] = year + 4; // overlaps the last stretch: widen it
            } else {
                spans[count++] = from;
                spans[count++] = year + 4;
            }
        }
        return java.util.Arrays.copyOf(spans, count);
    }

    /**
     * {@code m.find()} from {@code from} for a pattern that ends with the year, looking only in
     * {@code spans}: a match starts within {@link #LEAD} characters of its year, so none is missed,
     * and it ends with a year of the same stretch, so the bounds cut none short (they are
     * transparent: look-arounds see past them).
     */
    private static boolean find(Matcher m, int[] spans, int from) {
        m.useTransparentBounds(true);
        for (int i = 0; i < spans.length; i += 2) {
            if (spans[i + 1] <= from) continue;
            m.region(Math.max(from, spans[i]), spans[i + 1]);
            if (m.find()) return true;
        }
        return false;
    }

    /** {@code m.find()} for a pattern that starts with the year: tried at each year in turn. */
    private static boolean findAtYear(Matcher m, int[] years, int end) {
        m.useTransparentBounds(true);
        for (int year : years) {
            m.region(year, end);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** How far into a text {@link #inText} looks: a page's own date stands near its top. */
    static final int TEXT_LIMIT = 20_000;

    /** The first full date written out in text ("27 May 2024", "31. Mai 2012", "May 27, 2024", "31.05.2012"). */
    static String inText(String text) {
        return inText(text, false);
    }

    /** {@code everywhere}: search all the text, not only near years (the slow way, for tests to compare). */
    static String inText(String text, boolean everywhere) {
        if (text == null || text.isEmpty()) return null;
        String t = text.length() > TEXT_LIMIT ? text.substring(0, TEXT_LIMIT) : text;
        int[] years = years(t);
        if (years == null) return null; // every pattern below needs a 19xx or 20xx year
        int[] spans = everywhere ? new int[] {0, t.length()} : spans(t, years);
        int best = Integer.MAX_VALUE;
        LocalDate found = null;
        Matcher m = DAY_MONTH_YEAR.matcher(t);
        for (int from = 0; find(m, spans, from); from = m.end()) {
            LocalDate d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) { found = d; best = m.start(); break; }
        }
        m = MONTH_DAY_YEAR.matcher(t);
        for (int from = 0; find(m, spans, from) && m.start() < best; from = m.end()) {
            LocalDate d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) { found = d; best = m.start(); break; }
        }
        m = DMY_NUMERIC.matcher(t);
        if (find(m, spans, 0) && m.start() < best) {
            LocalDate d = date(m.group(3), m.group(2), m.group(1));
            if (d != null) { found = d; best = m.start(); }
        }
        m = ISO.matcher(t);
        if ((everywhere ? m.find() : findAtYear(m, years, t.length())) && m.start() < best) {
            LocalDate d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) found = d;
        }
        return found == null ? null : found.toString();
    }

    /** A local time labelled with a wrong offset (a UTC+14 clock written as Z) is at most this far ahead. */
    private static final Duration MISLABELLED_ZONE = Duration.ofHours(14);
    /** The zone where a calendar day begins first. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    /**
     * True when the date can be the page's: not after the upload at {@code limit}, nor before 1990.
     * A value with a time and an offset is an instant, allowed only the slack of a mislabelled zone;
     * a date alone is a calendar day somewhere on Earth, so at most the upload's day at UTC+14.
     */
    static boolean notAfter(String iso, Instant limit) {
        if (iso == null) return false;
        if (limit == null) return true;
        LocalDate day = LocalDate.parse(iso.substring(0, 10));
        if (day.getYear() < 1990) return false;
        if (iso.length() > 10) {
            try {
                return !OffsetDateTime.parse(iso).toInstant().isAfter(limit.plus(MISLABELLED_ZONE));
            } catch (DateTimeParseException noOffset) {
                // only the day counts
            }
        }
        return !day.isAfter(latestDay(limit));
    }

    /** The latest calendar day anywhere at {@code instant}. */
    static LocalDate latestDay(Instant instant) {
        return instant.atOffset(EARLIEST_ZONE).toLocalDate();
    }

    private static String month(String name) {
        Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        return m == null ? "0" : m.toString();
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
