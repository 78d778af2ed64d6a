package newsfacts.core.clean;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

class DatesTest {
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
    void writtenDatesInSeveralLanguages() {
        assertEquals("2012-05-31", Dates.inText("Veröffentlicht am 31. Mai 2012 von Anna"));
        assertEquals("2024-05-27", Dates.inText("Posted May 27, 2024 by staff"));
        assertEquals("2024-05-27", Dates.inText("le 27 mai 2024"));
        assertEquals("2023-03-14", Dates.inText("Stand: 14.03.2023, 10:00 Uhr"));
        assertEquals("2021-12-01", Dates.inText("1 de diciembre de 2021"));
        assertNull(Dates.inText("no date here, only 2024"));
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
}
