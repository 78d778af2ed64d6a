package newsfacts.core.clean;

import newsfacts.core.model.Block;
import newsfacts.core.nlp.Sentences;

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
    /**
     * "KYIV, May 27 (Reuters) -", "WASHINGTON (AP) —", "BERLIN, Germany, March 3, 2024 (AFP) -",
     * press releases' "AUSTIN, Texas, Aug. 6, 2024 /PRNewswire/ --" and "SAN JOSE, Calif.--(BUSINESS WIRE)--".
     * Groups: place, date, then the source in whichever of the three forms.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][A-Z'’.\\- ]{1,40}(?:,\\s*[A-Z][A-Za-z'’.\\- ]{1,30})?)"
                    + "(?:,\\s*(" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?))?"
                    + "(?:\\s*(?:\\(([A-Za-z][A-Za-z0-9 .&'/-]{0,30})\\)|/([A-Za-z][A-Za-z0-9 .&'-]{0,30})/)?\\s*[-—–]{1,2}\\s+"
                    + "|--\\(([A-Za-z][A-Za-z0-9 .&'-]{0,30})\\)--\\s*)");
    private static final Pattern SOURCE_TAG = Pattern.compile("^\\(([A-Z][A-Za-z0-9 .&'-]{0,30})\\)\\s*[-—–]?\\s*");
    private static final Pattern RECORD_ID = Pattern.compile("^([A-Z]{2,12})(\\d{2})(\\d{2})(\\d{4})\\d{6,30}ID\\d{4,20}$");
    private static final Pattern END_MARK = Pattern.compile("^(?:#{3,}|-\\s?30\\s?-|\\[?ENDS?\\]?|--\\s*end\\s*--)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILER = Pattern.compile(
            "(?i)^(?:legal disclaimer:?|disclaimer:|copyright\\b.{0,200}|©.{0,200}|\\(c\\)\\s.{0,200}|.{0,200}all rights reserved\\.?)$");
    private static final String CREDITS_OPENING = "^\\((?:Reporting|Writing|Additional reporting|Editing|Compiled) by ";
    private static final Pattern CREDITS_START = Pattern.compile(CREDITS_OPENING);
    private static final Pattern CREDITS = Pattern.compile(CREDITS_OPENING + "([^)]{1,300})\\)$");
    /** AP's "___" rule between the story and its credits. */
    private static final Pattern RULE = Pattern.compile("^_{3,}$");
    /** "Associated Press writers A and B contributed to this report.": credits, not article text. */
    private static final Pattern CONTRIBUTORS = Pattern.compile(
            "^[A-Z][A-Za-z.&' ]{1,40} (?:writer|reporter|correspondent|journalist)s? .{1,200}"
                    + " contributed(?: to this (?:report|story)| reporting)?\\.?$");
    /** "FOR IMMEDIATE RELEASE", "EMBARGOED UNTIL 10:00 GMT": a release's status line, above its headline. */
    private static final Pattern RELEASE_STATUS = Pattern.compile(
            "(?i)^(?:for immediate release|embargoed (?:until|till|for release)\\b.{0,80})\\.?$");
    /** Hard-wrapped text is filled to 60 to 80 columns; longer lines are paragraphs sent one a line. */
    private static final int MAX_WRAP_COLUMN = 100;
    private static final Pattern CREDIT_PART = Pattern.compile("(?:Reporting|Writing|reporting) by ([^;]{1,120})");

    record Result(String title, List<TextBlock> blocks, String source, String place, String published,
                  String recordId, List<String> authors) {}

    private WireTextCleaner() {}

    static Result clean(String text, Instant uploadedAt) {
        List<String> paragraphs = paragraphs(text);
        while (!paragraphs.isEmpty() && RELEASE_STATUS.matcher(paragraphs.get(0)).matches()) paragraphs.remove(0);
        String title = null;
        // a sentence that opens with a dateline is the lead, never the title; a headline has no full stop
        // and may look like one ("EXCLUSIVE - Firm to cut jobs")
        String first = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        boolean datelineLead = dateline(first) != null && Sentences.endsWithStop(first);
        if (paragraphs.size() > 1 && !datelineLead && looksLikeTitle(first))
            title = paragraphs.remove(0);
        String source = null, place = null, published = null, recordId = null;
        List<String> authors = new ArrayList<>();
        List<TextBlock> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            if (blocks.isEmpty()) {
                Matcher d = dateline(p);
                if (d != null) {
                    place = d.group(1).strip();
                    if (d.group(2) != null) published = datelineDate(d.group(2), uploadedAt);
                    for (int g = 3; g <= 5; g++) if (d.group(g) != null) source = d.group(g).strip();
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
            if (TRAILER.matcher(p).matches() || RULE.matcher(p).matches() || CONTRIBUTORS.matcher(p).matches()) continue;
            if (source != null && p.equals(source)) continue;
            if (!p.isEmpty()) blocks.add(new TextBlock(Block.Kind.PARAGRAPH, p));
        }
        return new Result(title, blocks, source, place, published, recordId, Authors.dedupe(authors));
    }

    /** Blank lines always part paragraphs; within a run of lines, {@link #partsParagraphs} decides. */
    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String l = line.replace('\u00a0', ' ').strip().replaceAll("[ \\t]+", " ");
            if (!l.isEmpty()) {
                run.add(l);
            } else {
                addParagraphs(run, out);
                run.clear();
            }
        }
        addParagraphs(run, out);
        return out;
    }

    private static void addParagraphs(List<String> run, List<String> out) {
        if (run.isEmpty()) return;
        int width = wrapWidth(run);
        StringBuilder p = new StringBuilder(run.get(0));
        for (int i = 1; i < run.size(); i++) {
            if (partsParagraphs(run.get(i - 1), run.get(i), width)) {
                out.add(p.toString());
                p.setLength(0);
            } else {
                p.append(' ');
            }
            p.append(run.get(i));
        }
        out.add(p.toString());
    }

    /**
     * The column a run of lines is hard-wrapped at (its longest line), or 0. A wrapper breaks a line
     * where the next word would not fit, so in wrapped text it would not at most breaks.
     */
    private static int wrapWidth(List<String> run) {
        int width = 0;
        for (String l : run) width = Math.max(width, l.length());
        if (run.size() < 2 || width > MAX_WRAP_COLUMN) return 0;
        int full = 0;
        for (int i = 1; i < run.size(); i++) if (!nextWordFits(run.get(i - 1), run.get(i), width)) full++;
        return 2 * full >= run.size() - 1 ? width : 0;
    }

    private static boolean nextWordFits(String line, String next, int width) {
        int word = next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ');
        return line.length() + 1 + word <= width;
    }

    /**
     * Whether the break between two lines parts paragraphs. Feeds that send a paragraph a line part
     * them at every break unless the text plainly runs on; hard-wrapped text only where a sentence
     * ends short of the column, since a full line may end a sentence in mid-paragraph.
     */
    private static boolean partsParagraphs(String line, String next, int width) {
        if (standsAlone(line) || standsAlone(next) || dateline(next) != null || CREDITS_START.matcher(next).find())
            return true;
        if (width == 0) return !Character.isLowerCase(next.codePointAt(0)) && !runsOn(line);
        return Sentences.endsWithStop(line) && nextWordFits(line, next, width);
    }

    /** Ends with a comma or semicolon, or leaves a parenthesis open: the sentence goes on below. */
    private static boolean runsOn(String line) {
        char last = line.charAt(line.length() - 1);
        return last == ',' || last == ';' || line.lastIndexOf('(') > line.lastIndexOf(')');
    }

    /** End marks, rules and record ids are lines of their own. */
    private static boolean standsAlone(String line) {
        return END_MARK.matcher(line).matches() || RULE.matcher(line).matches() || RECORD_ID.matcher(line).matches();
    }

    /** A dateline whose place has three letters or more, or null. */
    private static Matcher dateline(String p) {
        Matcher d = DATELINE.matcher(p);
        return d.find() && d.group(1).strip().length() >= 3 ? d : null;
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
