package newsfacts.core.clean;

import newsfacts.core.model.Block;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text wire items: a title line, a dateline or source tag opening the body, and a
 * trailer (end marks, record ids, credits, copyright, disclaimers) that is not article text.
 */
final class WireTextCleaner {
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?";
    /** "KYIV, May 27 (Reuters) -", "WASHINGTON (AP) —", "BERLIN, Germany, March 3, 2024 (AFP) -". */
    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][A-Z'’.\\- ]{1,40}(?:,\\s*[A-Z][A-Za-z'’.\\- ]{1,30})?)"
                    + "(?:,\\s*(" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?))?"
                    + "\\s*(?:\\(([A-Za-z][A-Za-z0-9 .&'/-]{0,30})\\))?\\s*[-—–]{1,2}\\s+");
    private static final Pattern SOURCE_TAG = Pattern.compile("^\\(([A-Z][A-Za-z0-9 .&'-]{0,30})\\)\\s*[-—–]?\\s*");
    private static final Pattern RECORD_ID = Pattern.compile("^([A-Z]{2,12})(\\d{2})(\\d{2})(\\d{4})\\d{6,30}ID\\d{4,20}$");
    private static final Pattern END_MARK = Pattern.compile("^(?:#{3,}|-\\s?30\\s?-|\\[?ENDS?\\]?|--\\s*end\\s*--)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILER = Pattern.compile(
            "(?i)^(?:legal disclaimer:?|disclaimer:|copyright\\b.{0,200}|©.{0,200}|\\(c\\)\\s.{0,200}|.{0,200}all rights reserved\\.?)$");
    private static final Pattern CREDITS = Pattern.compile(
            "^\\((?:Reporting|Writing|Additional reporting|Editing|Compiled) by ([^)]{1,300})\\)$");
    private static final Pattern CREDIT_PART = Pattern.compile("(?:Reporting|Writing|reporting) by ([^;]{1,120})");

    record Result(String title, List<TextBlock> blocks, String source, String place, String published,
                  String recordId, List<String> authors) {}

    private WireTextCleaner() {}

    static Result clean(String text, Instant uploadedAt) {
        List<String> paragraphs = paragraphs(text);
        String title = null;
        if (paragraphs.size() > 1 && looksLikeTitle(paragraphs.get(0))) title = paragraphs.remove(0);
        String source = null, place = null, published = null, recordId = null;
        List<String> authors = new ArrayList<>();
        List<TextBlock> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (blocks.isEmpty()) {
                Matcher d = DATELINE.matcher(p);
                if (d.find() && d.group(1).strip().length() >= 3) {
                    place = d.group(1).strip();
                    if (d.group(2) != null) published = datelineDate(d.group(2), uploadedAt);
                    if (d.group(3) != null) source = d.group(3).strip();
                    p = p.substring(d.end());
                }
                Matcher tag = SOURCE_TAG.matcher(p);
                if (tag.find()) {
                    source = tag.group(1).strip();
                    p = p.substring(tag.end());
                }
            }
            Matcher rid = RECORD_ID.matcher(p);
            if (rid.matches()) {
                recordId = p;
                if (source == null) source = rid.group(1);
                LocalDate d = safeDate(rid.group(4), rid.group(3), rid.group(2));
                if (d != null && published == null) published = d.toString();
                break; // what follows a record id is the wire's trailer
            }
            if (END_MARK.matcher(p).matches() || p.toLowerCase().startsWith("legal disclaimer")) break;
            Matcher credits = CREDITS.matcher(p);
            if (credits.matches()) {
                Matcher part = CREDIT_PART.matcher(p);
                while (part.find()) authors.addAll(Authors.fromByline(part.group(1).replaceAll(" in [A-Z][A-Za-z]+$", "")));
                continue;
            }
            if (TRAILER.matcher(p).matches()) continue;
            if (source != null && p.equals(source)) continue;
            if (!p.isEmpty()) blocks.add(new TextBlock(Block.Kind.PARAGRAPH, p));
        }
        return new Result(title, blocks, source, place, published, recordId, Authors.dedupe(authors));
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String l = line.replace('\u00a0', ' ').strip();
            if (l.isEmpty()) {
                if (current.length() > 0) out.add(current.toString());
                current.setLength(0);
            } else {
                if (current.length() > 0) current.append(' ');
                current.append(l.replaceAll("[ \\t]+", " "));
            }
        }
        if (current.length() > 0) out.add(current.toString());
        return out;
    }

    private static boolean looksLikeTitle(String p) {
        return p.length() <= 250 && !p.endsWith(".") || p.length() <= 120;
    }

    /** "May 27" carries no year: the latest such day not after the upload. */
    private static String datelineDate(String s, Instant uploadedAt) {
        String withYear = s.matches(".*\\d{4}$") ? s : s + " " + (uploadedAt == null ? LocalDate.now(ZoneOffset.UTC).getYear()
                : Dates.latestDay(uploadedAt).getYear());
        String iso = Dates.inText(withYear.replace(",", ""));
        if (iso != null && uploadedAt != null && !Dates.notAfter(iso, uploadedAt) && !s.matches(".*\\d{4}$"))
            iso = LocalDate.parse(iso).minusYears(1).toString();
        return iso;
    }

    private static LocalDate safeDate(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
