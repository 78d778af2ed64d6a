package newsfacts.core.clean;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

class DatesTest {
    @Test
    void anHttpStyleDateKeepsItsTime() {
        assertEquals("2024-03-11T09:00Z", Dates.parseValue("Mon, 11 Mar 2024 09:00:00 GMT"));
        assertEquals("2024-03-11T09:00+01:00", Dates.parseValue("Mon, 11 Mar 2024 09:00:00 +0100"));
        assertEquals("2024-03-11", Dates.parseValue("Tue, 11 Mar 2024 09:00:00 GMT"), "a wrong weekday: the day is still read");
    }

    @Test
    void machineDates() {
        assertEquals("2024-05-20T08:30+02:00", Dates.parseValue("2024-05-20T08:30:00+02:00"));
        assertEquals("2024-05-20T08:30Z", Dates.parseValue("2024-05-20T08:30:00Z"));
        assertEquals("2024-05-20", Dates.parseValue("2024-05-20"));
        assertEquals("2024-05-20", Dates.parseValue("20240520"));
        assertNull(Dates.parseValue("2024-13-45"));
        assertNull(Dates.parseValue("yesterday"));
    }

    @Test
    void zonedValuesOnlyWhenTheWholeValueIsOne() {
        assertEquals("2019-11-02T17:05:09.250-05:00", Dates.parseValue(" 2019-11-02t17:05:09.25-05:00 "));
        // no zone, a zone without its colon, a trailing word or an impossible day: read the looser way
        assertEquals("2019-11-02", Dates.parseValue("2019-11-02T17:05:09"));
        assertEquals("2019-11-02T17:05+01:00", Dates.parseValue("2019-11-02T17:05+0100"));
        assertEquals("2019-11-02T17:05:09Z", Dates.parseValue("2019-11-02T17:05:09Z updated"));
        assertNull(Dates.parseValue("2019-02-30T17:05:09Z"));
    }

    @Test
    void writtenDatesInSeveralLanguages() {
        assertEquals("2012-05-31", Dates.inText("Veröffentlicht am 31. Mai 2012 von Anna"));
        assertEquals("2024-05-27", Dates.inText("Posted May 27, 2024 by staff"));
        assertEquals("2024-05-27", Dates.inText("le 27 mai 2024"));
        assertEquals("2023-03-14", Dates.inText("Stand: 14.03.2023, 10:00 Uhr"));
        assertEquals("2021-12-01", Dates.inText("1 de diciembre de 2021"));
        assertNull(Dates.inText("no date here, only 2024"));
    }

    @Test
    void searchingNearYearsFindsWhatSearchingEverywhereFinds() {
        // pieces that make and break dates: long gaps, month words of many letters (some outside
        // the BMP), numbers glued to years, invalid days, several candidates in a row
        String[] pieces = {"31", "5", "1", "12", "2024", "1999", "20245", "12019", ".", ". ", ",", ", ", " ", "   ", "\n\t ",
                "\u00a0", "de ", "er", "st", "Mai", "May", "juin", "diciembre", "Xxxxxxxxxxxx", "\uD835\uDC00\uD835\uDC01\uD835\uDC02",
                "Stand:", "-", "/", "05", "T10:00", "32", "abc", "ä", "2020-02-30", "13.13.2013", "2.3.2010",
                "septiembre", "30th de septiembre., de ", "septiembre. 30th, ", "de ", "., ", "\uD835\uDC00".repeat(10) + ". ", "Abcdefghij, "};
        java.util.Random random = new java.util.Random(7);
        int dates = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(10) == 0) text.append(" ".repeat(random.nextInt(60)));
                if (random.nextInt(20) == 0) text.append("x".repeat(random.nextInt(60)));
            }
            String expected = Dates.inText(text.toString(), true);
            assertEquals(expected, Dates.inText(text.toString()), text.toString());
            if (expected != null) dates++;
        }
        assertTrue(dates > 1000, "the texts hold dates: " + dates);
    }

    @Test
    void urlDates() {
        assertEquals("2024-05-20", Dates.fromUrl("https://example.org/2024/05/20/story.html"));
        assertEquals("2019-10-19", Dates.fromUrl("https://example.org/news/2019-10-19-title"));
        assertNull(Dates.fromUrl("https://example.org/2024/story"));
    }

    @Test
    void notAfterTheUpload() {
        Instant upload = Instant.parse("2024-06-01T00:00:00Z");
        assertTrue(Dates.notAfter("2024-05-31", upload));
        assertFalse(Dates.notAfter("2025-01-01", upload));
    }

    @Test
    void aTimeWithAnOffsetMayRunAheadOnlyByAMislabelledZone() {
        Instant upload = Instant.parse("2026-03-10T06:00:00Z");
        assertTrue(Dates.notAfter("2026-03-10T20:00Z", upload));
        assertTrue(Dates.notAfter("2026-03-11T05:00+09:00", upload));
        assertFalse(Dates.notAfter("2026-03-10T20:01Z", upload));
        assertFalse(Dates.notAfter("2026-03-11T08:00+09:00", upload), "23:00 UTC, 17 hours after the upload");
    }

    @Test
    void aDateAloneMayBeTheUploadsDayAtUtcPlus14() {
        assertFalse(Dates.notAfter("2026-03-11", Instant.parse("2026-03-10T09:59:00Z")));
        assertTrue(Dates.notAfter("2026-03-11", Instant.parse("2026-03-10T10:00:00Z")));
        assertFalse(Dates.notAfter("2026-03-12", Instant.parse("2026-03-10T23:59:00Z")));
    }

    @Test
    void aDatelineWithoutYearIsTheLatestSuchDayNotAfterTheUpload() {
        Instant upload = Instant.parse("2026-12-31T12:00:00Z"); // already January 1 at UTC+14
        assertEquals("2027-01-01", WireTextCleaner.clean("Ferry service resumes\n\nHARBOUR TOWN, Jan 1 (Wirenews) - The ferry "
                + "sailed again on Monday.\n\nIt had stopped in the storm.", upload).published());
        assertEquals("2026-12-31", WireTextCleaner.clean("Ferry service resumes\n\nHARBOUR TOWN, Dec 31 (Wirenews) - The ferry "
                + "sailed again on Monday.\n\nIt had stopped in the storm.", upload).published());
        assertEquals("2025-02-01", WireTextCleaner.clean("Ferry service resumes\n\nHARBOUR TOWN, Feb 1 (Wirenews) - The ferry "
                + "sailed again on Monday.\n\nIt had stopped in the storm.", Instant.parse("2026-01-31T09:00:00Z")).published());
    }
}
