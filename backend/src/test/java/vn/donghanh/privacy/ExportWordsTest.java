package vn.donghanh.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The data copy's words: both languages hold the same keys; the retention period reads as plain words. */
class ExportWordsTest {
    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(
                ExportWords.bundle(false).stringPropertyNames(),
                ExportWords.bundle(true).stringPropertyNames());
    }

    @Test
    void retentionInPlainWords() {
        Locale vi = Locale.forLanguageTag("vi");
        Locale en = Locale.ENGLISH;
        assertEquals("5 năm", new RetentionPeriod("P5Y").length(vi));
        assertEquals("1 year and 6 months", new RetentionPeriod("P18M").length(en));
        assertEquals("2 years", new RetentionPeriod("P2Y").length(en));
        assertEquals("90 ngày", new RetentionPeriod("P90D").length(vi));
        assertTrue(new RetentionPeriod("P5Y").sentence(vi).startsWith("Dữ liệu của bạn được lưu trong 5 năm"));
        assertEquals(Period.ofYears(5), new RetentionPeriod("P5Y").afterClosure());
    }
}
