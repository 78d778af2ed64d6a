package newsfacts.core.clean;

import org.jsoup.nodes.Element;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * When a page was published and last changed: JSON-LD, meta tags, {@code <time>}, the URL, the
 * page's date lines and, last, a date in its text; {@link Dates} reads each value. Never after the upload.
 */
final class PageDates {
    private final HtmlMetadata page;

    PageDates(HtmlMetadata page) {
        this.page = page;
    }

    String modified(Instant uploadedAt) {
        return firstDate(uploadedAt, page.ldText("dateModified"), page.meta.get("article:modified_time"),
                page.meta.get("og:updated_time"), page.meta.get("datemodified"), page.meta.get("last-modified"));
    }

    String published(Instant uploadedAt) {
        String found = firstDate(uploadedAt, page.ldText("datePublished"), page.ldText("dateCreated"),
                page.meta.get("article:published_time"), page.meta.get("og:published_time"), page.meta.get("datepublished"),
                page.meta.get("publishdate"), page.meta.get("publish-date"), page.meta.get("pubdate"), page.meta.get("date"),
                page.meta.get("dc.date"), page.meta.get("dc.date.issued"), page.meta.get("dcterms.created"), page.meta.get("dcterms.date"),
                page.meta.get("sailthru.date"), page.meta.get("parsely-pub-date"), page.meta.get("citation_publication_date"),
                page.meta.get("article.published"), page.meta.get("originalpublicationdate"), page.meta.get("datecreated"));
        if (found == null) {
            for (Element t : page.timeEls) {
                String v = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : t.text();
                found = firstDate(uploadedAt, v);
                if (found != null) break;
            }
        }
        if (found != null) return isUtc(found) ? localDay(found, uploadedAt) : found;
        found = firstDate(uploadedAt, Dates.fromUrl(page.canonicalUrl));
        if (found != null) return found;
        found = dateInFurniture(uploadedAt);
        if (found != null || page.doc.body() == null) return found;
        return firstDate(uploadedAt, Dates.inText(Dom.text(page.doc.body(), Dates.TEXT_LIMIT)));
    }

    private static boolean isUtc(String iso) {
        return iso.length() > 10 && (iso.endsWith("Z") || iso.endsWith("+00:00"));
    }

    /**
     * A UTC time stamp's calendar day is often not the day the page's readers saw. When the page's
     * own date lines never show that day but show the one before or after (and the hour makes that
     * possible in some time zone), that is the day; a stamp of exactly 22:00 or 23:00 UTC is the
     * local midnight of a page that only knew the day.
     */
    private String localDay(String utc, Instant uploadedAt) {
        java.time.LocalDate day = java.time.LocalDate.parse(utc.substring(0, 10));
        int hour = Integer.parseInt(utc.substring(11, 13));
        java.time.LocalDate near = null;
        for (String shown : datesInFurniture(uploadedAt, 12)) {
            java.time.LocalDate d = java.time.LocalDate.parse(shown.substring(0, 10));
            if (d.equals(day)) return utc;
            if (near == null && (d.equals(day.plusDays(1)) && hour >= 14 || d.equals(day.minusDays(1)) && hour < 12)) near = d;
        }
        if (near != null) return near.toString();
        if (LOCAL_MIDNIGHT.matcher(utc).matches()) return day.plusDays(1).toString();
        return utc;
    }

    /** 22:00 or 23:00 UTC sharp: midnight in central Europe, a page that gave only the day. */
    private static final Pattern LOCAL_MIDNIGHT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT2[23]:00(:00(\\.0+)?)?(Z|\\+00:00)");

    private String dateInFurniture(Instant uploadedAt) {
        List<String> found = datesInFurniture(uploadedAt, 1);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Dates in the page's own date/byline furniture, written for readers (so in their time zone). */
    private List<String> datesInFurniture(Instant uploadedAt, int max) {
        List<String> out = new ArrayList<>();
        Element body = page.doc.body();
        if (body == null) return out;
        for (Element el : page.dateEls) {
            if (Dom.childrenUpTo(el, 6) > 5 || page.inComments(el)) continue;
            String text = Dom.text(el, 201);
            if (text.length() > 200) continue;
            String found = firstDate(uploadedAt, Dates.inText(text));
            if (found == null && el.hasAttr("datetime") && isLocal(el.attr("datetime"))) found = firstDate(uploadedAt, el.attr("datetime"));
            if (found != null && out.add(found) && out.size() >= max) break;
        }
        return out;
    }

    private static final Pattern ZONED_TIME = Pattern.compile(".*[T ]\\d\\d:\\d\\d.*[+-]\\d\\d:?\\d\\d$");

    /** A date-time written without a zone: the page's local time. */
    private static boolean isLocal(String value) {
        String v = value.strip();
        return v.length() >= 10 && v.length() <= 40 && !v.endsWith("Z") && !ZONED_TIME.matcher(v).matches();
    }

    private String firstDate(Instant uploadedAt, String... values) {
        for (String v : values) {
            String iso = Dates.parseValue(v);
            if (iso != null && Dates.notAfter(iso, uploadedAt)) return iso;
        }
        return null;
    }
}
