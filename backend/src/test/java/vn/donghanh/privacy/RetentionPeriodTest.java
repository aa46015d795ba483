package vn.donghanh.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The one reader of {@code donghanh.retention.after-closure} (the retention job and the data copy both use it):
 * checked when the service starts — anything but a positive ISO-8601 period is refused — and said in the reader's
 * words.
 */
class RetentionPeriodTest {
    @Test
    void aPositiveIsoPeriodIsTaken() {
        assertEquals(Period.ofYears(5), new RetentionPeriod("P5Y").afterClosure(), "five years unless configured");
        assertEquals(Period.ofMonths(18), new RetentionPeriod(" P18M ").afterClosure());
    }

    @Test
    void anythingElseStopsTheServiceNamingTheKey() {
        for (String bad : new String[] {"5 years", "P0D", "-P1Y", "P-1Y", "", "PT24H", "bogus"}) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new RetentionPeriod(bad), bad);
            assertTrue(
                    e.getMessage().startsWith("donghanh.retention.after-closure must be a positive ISO-8601 period"),
                    e::getMessage);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e::getMessage);
        }
    }

    @Test
    void thePeriodIsSaidInTheReadersWords() {
        Locale vi = Locale.forLanguageTag("vi");
        assertEquals("5 năm", RetentionPeriod.words(Period.ofYears(5), vi));
        assertEquals("1 năm và 6 tháng", RetentionPeriod.words(Period.ofMonths(18), vi));
        assertEquals("1 year and 6 months", RetentionPeriod.words(Period.ofMonths(18), Locale.ENGLISH));
        assertEquals("5 years", RetentionPeriod.words(Period.ofYears(5), Locale.ENGLISH));
        assertEquals("90 ngày", RetentionPeriod.words(Period.ofDays(90), null));
    }
}
