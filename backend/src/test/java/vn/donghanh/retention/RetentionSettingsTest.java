package vn.donghanh.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The retention time is checked when the service starts: anything but a positive ISO-8601 period is refused. */
class RetentionSettingsTest {
    @Test
    void aPositiveIsoPeriodIsTaken() {
        RetentionSettings s = new RetentionSettings();
        assertEquals(Period.ofYears(5), s.afterClosure(), "five years unless configured");
        s.setAfterClosure("P18M");
        s.check();
        assertEquals(Period.ofMonths(18), s.afterClosure());
    }

    @Test
    void anythingElseStopsTheServiceNamingTheKey() {
        for (String bad : new String[] {"5 years", "P0D", "-P1Y", "", "PT24H"}) {
            RetentionSettings s = new RetentionSettings();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.setAfterClosure(bad), bad);
            assertTrue(
                    e.getMessage().startsWith("donghanh.retention.after-closure must be a positive ISO-8601 period"),
                    e::getMessage);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e::getMessage);
        }
    }

    @Test
    void thePeriodIsSaidInTheReadersWords() {
        assertEquals("5 năm", RetentionWords.of(Locale.forLanguageTag("vi")).period(Period.ofYears(5)));
        assertEquals(
                "1 năm 6 tháng",
                RetentionWords.of(Locale.forLanguageTag("vi"))
                        .period(Period.ofMonths(18).normalized()));
        assertEquals("5 years", RetentionWords.of(Locale.ENGLISH).period(Period.ofYears(5)));
        assertEquals("90 ngày", RetentionWords.of(null).period(Period.ofDays(90)));
    }
}
