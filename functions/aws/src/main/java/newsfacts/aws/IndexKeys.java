package newsfacts.aws;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one place that spells the table's keys. Everything the API reads is a Query on a partition
 * written here, never a Scan:
 * <ul>
 * <li>{@code ARTICLE#id / RECORD}: the record (large records split into {@code RECORD#PART#n} items);</li>
 * <li>{@code LIST#facet / date#id}: an article summary per facet (all, entity, type, site, lang, status),
 *     sorted by publication date so ranges and newest-first are key conditions;</li>
 * <li>{@code ALIAS#name / canonical}: which canonical names a name or alias stands for;</li>
 * <li>{@code STMT#facet / date#id#n}: statements by speaker, by mentioned entity, and all.</li>
 * </ul>
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

    public static String statements(String facet, String value) { return "STMT#" + facet + (value == null ? "" : "#" + normalise(value)); }

    /** Sort key of an article under a facet: its date first, so newest-first and date ranges are key conditions. */
    public static String dated(String date, String id) { return date + "#" + id; }

    /** Case, accents of form (NFKC), curly apostrophes and spacing do not make a different name. */
    public static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).replace('\u2019', '\'');
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
