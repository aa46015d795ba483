package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.donghanh.checkin.ComplianceCalculator;
import vn.donghanh.console.RecurrenceWords.Choices;
import vn.donghanh.console.RecurrenceWords.Frequency;

/** RRULE → plain words (both languages) and the form's choices → RRULE → choices, over many rules. */
class RecurrenceWordsTest {
    private static final RecurrenceWords VI = new RecurrenceWords(new ConsoleMessages.Words(ConsoleMessages.VI)::get);
    private static final RecurrenceWords EN = new RecurrenceWords(new ConsoleMessages.Words(ConsoleMessages.EN)::get);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "FREQ=WEEKLY;BYDAY=MO|Hằng tuần vào thứ Hai|Every week on Monday",
                "FREQ=MONTHLY;BYMONTHDAY=5|Hằng tháng vào ngày 5|Every month on day 5",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH|Mỗi 2 tuần vào thứ Hai và thứ Năm|Every 2 weeks on Monday and Thursday",
                "FREQ=WEEKLY;BYDAY=MO,WE,FR|Hằng tuần vào thứ Hai, thứ Tư và thứ Sáu|Every week on Monday, Wednesday and Friday",
                "FREQ=WEEKLY;BYDAY=SU|Hằng tuần vào Chủ nhật|Every week on Sunday",
                "FREQ=WEEKLY;BYDAY=TH,MO|Hằng tuần vào thứ Năm và thứ Hai|Every week on Thursday and Monday",
                "FREQ=WEEKLY|Hằng tuần|Every week",
                "FREQ=DAILY|Hằng ngày|Every day",
                "FREQ=DAILY;INTERVAL=3|Mỗi 3 ngày|Every 3 days",
                "FREQ=MONTHLY|Hằng tháng|Every month",
                "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15|Mỗi 3 tháng vào ngày 15|Every 3 months on day 15",
                "FREQ=MONTHLY;BYMONTHDAY=1,15|Hằng tháng vào ngày 1 và ngày 15|Every month on day 1 and day 15",
                "FREQ=MONTHLY;BYMONTHDAY=-1|Hằng tháng vào ngày cuối tháng|Every month on the last day of the month",
                "FREQ=MONTHLY;BYDAY=1MO|Hằng tháng vào thứ Hai đầu tiên|Every month on the first Monday",
                "FREQ=MONTHLY;BYDAY=-1FR|Hằng tháng vào thứ Sáu cuối cùng|Every month on the last Friday",
                "FREQ=MONTHLY;BYDAY=2TU|Hằng tháng vào thứ Ba lần thứ 2 trong tháng|Every month on Tuesday number 2 of the month",
                "FREQ=YEARLY|Hằng năm|Every year",
                "FREQ=WEEKLY;BYDAY=MO;COUNT=10|Hằng tuần vào thứ Hai, 10 lần|Every week on Monday, 10 times",
                "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T235959Z|Hằng tuần vào thứ Ba, đến ngày 30/06/2027|Every week on Tuesday, until 30/06/2027",
                "RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=FR|Hằng tuần vào thứ Sáu|Every week on Friday",
                "freq=weekly;byday=sa|Hằng tuần vào thứ Bảy|Every week on Saturday",
                "FREQ=WEEKLY;INTERVAL=1;BYDAY=WE|Hằng tuần vào thứ Tư|Every week on Wednesday",
                "FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR|Hằng tháng vào ngày làm việc cuối cùng|Every month on the last working day",
                "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1|Hằng tháng vào ngày làm việc đầu tiên|Every month on the first working day",
                "FREQ=MONTHLY;BYDAY=MO,TU,WE;BYSETPOS=1|Theo lịch lặp riêng|A schedule of its own",
                "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1|Theo lịch lặp riêng|A schedule of its own",
                "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=2|Theo lịch lặp riêng|A schedule of its own",
                "FREQ=HOURLY|Theo lịch lặp riêng|A schedule of its own",
                "FREQ=WEEKLY;BYDAY=XX|Theo lịch lặp riêng|A schedule of its own",
                "FREQ=WEEKLY;INTERVAL=0|Theo lịch lặp riêng|A schedule of its own",
                "not a rule|Theo lịch lặp riêng|A schedule of its own",
                "FREQ=WEEKLY;FREQ=DAILY|Theo lịch lặp riêng|A schedule of its own",
            })
    void describesTheRuleInPlainWords(String rrule, String vi, String en) {
        assertEquals(vi, VI.describe(rrule));
        assertEquals(en, EN.describe(rrule));
        assertFalse(VI.describe(rrule).contains("FREQ"), "never the raw rule");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "FREQ=WEEKLY;BYDAY=MO",
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
                "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU",
                "FREQ=MONTHLY;BYMONTHDAY=5",
                "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=31",
                "FREQ=DAILY",
                "FREQ=DAILY;INTERVAL=2",
                "FREQ=WEEKLY;INTERVAL=52;BYDAY=SU",
            })
    void aRuleTheFormBuiltReadsBackAsTheSameChoices(String rrule) {
        Choices choices = RecurrenceWords.choicesOf(rrule).orElseThrow();
        assertEquals(rrule, RecurrenceWords.toRrule(choices));
    }

    @Test
    void theChoicesBuildTheRulesTheApiTakes() {
        assertEquals(
                "FREQ=WEEKLY;BYDAY=MO",
                RecurrenceWords.toRrule(new Choices(Frequency.WEEKLY, 1, Set.of(DayOfWeek.MONDAY), null)));
        assertEquals(
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH",
                RecurrenceWords.toRrule(
                        new Choices(Frequency.WEEKLY, 2, EnumSet.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY), null)));
        assertEquals(
                "FREQ=MONTHLY;BYMONTHDAY=5", RecurrenceWords.toRrule(new Choices(Frequency.MONTHLY, 1, Set.of(), 5)));
        assertEquals("FREQ=DAILY;INTERVAL=3", RecurrenceWords.toRrule(new Choices(Frequency.DAILY, 3, Set.of(), null)));
        // Days and month day that do not belong to the frequency are left out.
        assertEquals(
                "FREQ=MONTHLY;BYMONTHDAY=20",
                RecurrenceWords.toRrule(new Choices(Frequency.MONTHLY, 1, Set.of(DayOfWeek.FRIDAY), 20)));
        assertEquals(
                "FREQ=WEEKLY;BYDAY=FR",
                RecurrenceWords.toRrule(new Choices(Frequency.WEEKLY, 1, Set.of(DayOfWeek.FRIDAY), 20)));
    }

    @Test
    void everyRuleTheFormBuildsIsOneTheServiceAccepts() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        for (Frequency f : Frequency.values()) {
            for (int interval : new int[] {1, 2, 12}) {
                Choices c = new Choices(
                        f,
                        interval,
                        f == Frequency.WEEKLY ? EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY) : Set.of(),
                        f == Frequency.MONTHLY ? 28 : null);
                String rrule = RecurrenceWords.toRrule(c);
                assertEquals(null, ComplianceCalculator.validate(rrule, from, zone), rrule);
                assertEquals(c, RecurrenceWords.choicesOf(rrule).orElseThrow(), rrule);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "FREQ=WEEKLY;BYDAY=MO;COUNT=10",
                "FREQ=MONTHLY;BYDAY=1MO",
                "FREQ=MONTHLY;BYMONTHDAY=-1",
                "FREQ=MONTHLY;BYMONTHDAY=1,15",
                "FREQ=YEARLY",
                "FREQ=WEEKLY;BYDAY=MO;UNTIL=20270101T000000Z",
                "FREQ=DAILY;BYDAY=MO",
                "FREQ=WEEKLY;BYMONTHDAY=3",
                "garbage",
            })
    void aRuleTheFormCannotExpressGivesNoChoices(String rrule) {
        assertTrue(RecurrenceWords.choicesOf(rrule).isEmpty(), rrule);
    }

    @Test
    void choicesReadTheDaysAndDayOfMonth() {
        Choices c =
                RecurrenceWords.choicesOf("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH,MO").orElseThrow();
        assertEquals(Frequency.WEEKLY, c.frequency());
        assertEquals(2, c.interval());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), c.weekdays());
        Choices m = RecurrenceWords.choicesOf("FREQ=MONTHLY;BYMONTHDAY=5").orElseThrow();
        assertEquals(5, m.monthDay());
        assertEquals(1, m.interval());
    }
}
