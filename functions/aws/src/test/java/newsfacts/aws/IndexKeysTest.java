package newsfacts.aws;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexKeysTest {
    @Test
    void timesSortByTheirInstantWhateverTheirOffset() {
        String lateInNewYork = IndexKeys.dated("2024-03-10T23:30:00-05:00", "a"); // 04:30 UTC on the 11th
        String earlyInLondon = IndexKeys.dated("2024-03-11T01:00:00Z", "b");
        assertEquals("2024-03-11T04:30:00Z#a", lateInNewYork);
        assertTrue(lateInNewYork.compareTo(earlyInLondon) > 0, "the later instant sorts later");
        assertEquals("2024-03-11T09:00:00Z#c", IndexKeys.dated("2024-03-11T09:00", "c"), "no offset: read as UTC");
        assertEquals("2024-03-11T08:00:00Z#d", IndexKeys.dated("2024-03-11T09:00:00.250+01:00", "d"));
    }

    @Test
    void aBareDateSortsBeforeThatDaysTimesAndOddValuesStayAsTheyAre() {
        String day = IndexKeys.dated("2024-03-11", "z");
        assertEquals("2024-03-11#z", day);
        assertTrue(day.compareTo(IndexKeys.dated("2024-03-11T00:00:00Z", "a")) < 0);
        assertEquals("0000-00-00#x", IndexKeys.dated("0000-00-00", "x"));
        assertEquals("sometime in May#x", IndexKeys.dated("sometime in May", "x"));
    }

    @Test
    void anAliasItemNamesItsCanonicalNameThenItsArticle() {
        assertEquals("ilsabet marrow#0123456789abcdef0123", IndexKeys.aliasOf("Ilsabet  Marrow", "0123456789abcdef0123"));
    }
}
