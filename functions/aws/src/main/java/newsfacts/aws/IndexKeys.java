package newsfacts.aws;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one place that spells the table's keys. Everything the API reads is a Query on a partition
 * written here, never a Scan:
 * <ul>
 * <li>{@code ARTICLE#id / RECORD}: the record (large records split into {@code RECORD#PART#n} items);</li>
 * <li>{@code LIST#facet / date#id}: an article summary per facet (all, entity, type, site, lang, status),
 *     sorted by publication date so ranges and newest-first are key conditions;</li>
 * <li>{@code ALIAS#name / canonical#id}: which canonical name a name or alias stands for, one item per
 *     article that uses it, so an article's clean-up never takes away another's;</li>
 * <li>{@code STMT#facet / date#id#n}: statements by speaker, by mentioned entity, and all.</li>
 * </ul>
 * Every index item's sort key carries its article's id: an article owns exactly those.
 */
public final class IndexKeys {
    public static final String PK = "PK";
    public static final String SK = "SK";
    public static final String RECORD = "RECORD";
    public static final String RECORD_PART = "RECORD#PART#";

    private IndexKeys() {}

    public static String article(String id) { return "ARTICLE#" + id; }

    public static String list(String facet, String value) { return "LIST#" + facet + (value == null ? "" : "#" + normalise(value)); }

    public static String alias(String name) { return "ALIAS#" + normalise(name); }

    /** Sort key of an alias item: the canonical name first, so each name's items are one range. */
    public static String aliasOf(String canonical, String id) { return normalise(canonical) + "#" + id; }

    public static String statements(String facet, String value) { return "STMT#" + facet + (value == null ? "" : "#" + normalise(value)); }

    /** Sort key of an article under a facet: its date first, so newest-first and date ranges are key conditions. */
    public static String dated(String date, String id) { return sortable(date) + "#" + id; }

    private static final DateTimeFormatter UTC_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    /**
     * A date as it sorts: a time becomes its UTC instant to the second, so pages written in different
     * offsets ("23:30-05:00", "01:00Z") sort by when they were published, not by their wall clocks; a time
     * without an offset is read as UTC. A bare date stays as it is and sorts before that day's times.
     */
    static String sortable(String date) {
        if (date.length() <= 10) return date;
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(date, OffsetDateTime::from, LocalDateTime::from);
            LocalDateTime utc = t instanceof OffsetDateTime o ? o.atZoneSameInstant(ZoneOffset.UTC).toLocalDateTime() : (LocalDateTime) t;
            return UTC_SECONDS.format(utc);
        } catch (DateTimeException e) {
            return date;
        }
    }

    /** Case, accents of form (NFKC), curly apostrophes and spacing do not make a different name. */
    public static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).replace('\u2019', '\'');
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
