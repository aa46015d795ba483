package vn.donghanh.report.periodic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Pages;
import vn.donghanh.support.World;

/**
 * The independent check of every periodic-report indicator: a small hand-made province (communes A
 * and B of World), built through the product's own API with the clock moved to the day each thing
 * happened, and every figure of the first six months of 2026 worked out by hand from the written
 * definitions ({@code report.indicator.<NAME>.definition} in {@code i18n/report_vi.properties}).
 * Nothing here calls the calculator's arithmetic to make an expectation.
 *
 * <p>Period 2026-H1: 15/12/2025 to 14/06/2026 (both included); the cut-off (as-of day) is 14/06/2026.
 *
 * <pre>
 * Case | commune | who                                    | what happens (dates)                                   | contributes to (why, from the definition)
 * A1   | A       | M, adult compulsory, start 10/03/2025  | mentorA1 (Youth Union) since 10/03/2025;                | 1, 1.1, 1.6 (ACTIVE on 14/06); 3 (mentor on 14/06); 4, 4.1 (mentorA1)
 *      |         | (before the period); phone login       | plan OFFICE_PRESENCE monthly from 01/01/2026 (due       | 5 +6 (01/01, 01/02, 01/03, 01/04, 01/05, 01/06 fall due in the period), 5.1 +4
 *      |         |                                        | 01/01..01/06), presence kept 01/01, 01/02, 01/03, 01/04 |   (a record inside each of the first four windows; May and June missed)
 *      |         |                                        | drug tests 10/02 NEGATIVE, 20/05 POSITIVE               | 6 +2, 6.1 +1
 *      |         |                                        | job referral PLACED 01/12/2025 (before the period)      | 15: no (placement not in the period)
 *      |         |                                        | 3-month check (due 01/03) answered 05/03 STILL_ACTIVE   | 18 +1, 18.1 +1 (answered in the period)
 *      |         |                                        | 6-month check (due 01/06) answered 05/06 STOPPED        | 19 +1, 19.1 +0; 17: no (latest check by 14/06 says stopped)
 *      |         |                                        | help 10/04 10:00 ack 10:25; 20/04 10:00 ack 10:30;      | 20 +3, 20.1 +2, samples 25 and 30 minutes
 *      |         |                                        | 02/05 10:00 never acknowledged                          |
 *      |         |                                        | after the cut-off: drug test 20/06 POSITIVE, help 16/06 | nothing (after 14/06)
 * A2   | A       | F, voluntary, start 15/01/2026         | mentorA4 (Veterans) since 20/01/2026;                   | 1, 1.3, 1.7; 2 (started in the period); 3; 4, 4.3
 *      |         | (inside the period); phone login       | (ended 20/06, after the cut-off: still counted in 3, 4);|
 *      |         |                                        | course referral ENROLLED 01/03/2026                     | 14 +1 (enrolled in the period); 17 +1 (in training on 14/06, no check
 *      |         |                                        |                                                         |   answered: the 3-month one falls due 01/06 and stays open)
 * A3   | A       | M, minor compulsory (born 01/01/2009,  | no mentor                                               | 1, 1.2, 1.6, 1.9 (17 years old on 14/06); not 3
 *      |         | decision 01/10/2025), start 05/10/2025 |                                                         |
 * A4   | A       | M, adult compulsory, start 01/06/2025  | mentorA5 (volunteer team, A) since 01/06/2025;          | not 1 (SUSPENDED on 14/06), so mentorA5 is not in 4 / 4.5
 *      |         |                                        | drug test 20/02 POSITIVE; RELAPSED 21/02;               | 6 +1, 6.1 +1; 7 +1 (relapse in the period)
 *      |         |                                        | RELAPSED -> SUSPENDED 15/03                             | 8 +1 (relapsed -> suspended in the period)
 *      |         |                                        | plan OFFICE_PRESENCE monthly from 01/01/2026, kept      | 5 +3: 01/01, 01/02 (ACTIVE), 01/03 (RELAPSED still expects); none from
 *      |         |                                        | 01/01 only                                              |   01/04 (SUSPENDED: not under supervision); 5.1 +1
 * A5   | A       | F, voluntary, start 01/03/2025         | mentorA2 (Women's Union) until completion;              | not 1 (COMPLETED); 12 +1 (completed 05/03/2026)
 *      |         | (planned end 01/03/2026)               | COMPLETED 05/03/2026, certificate numbered that day     | 12.1 +1 (numbered 05/03/2026, in the period); mentorA2 not counted for A5
 * A6   | A       | M, drug-use management, start          | mentorA2 (Women's Union) since 05/09/2025;              | 1, 1.5, 1.6 (ABSENT is under management); 9 +1 (ABSENT on 14/06);
 *      |         | 05/09/2025                             | ABSENT since 01/04/2026                                 |   3; 4, 4.2 (mentorA2 helps a line-1 person)
 * A7   | A -> B  | M, methadone, start 01/11/2025         | mentorA1 until the move; drug test 10/01 NEGATIVE in A; | A: 6 +1 (tested while in A), 11 +1 (moved out, move date 01/02 in the period)
 *      |         |                                        | transfer A -> B, move date 01/02/2026, accepted 02/02;  | B: 1, 1.4, 1.6 (in B on 14/06); 10 +1; 3; 4, 4.4 (mentorB1);
 *      |         |                                        | mentorB1 (Farmers, B) since 05/02; drug test 15/04 in B |   6 +1 (tested while in B); not 2 (started before the period, and moved in)
 *      |         |                                        | plan OFFICE_PRESENCE monthly from 10/01/2026 (the plan  | A: 5 +1 (10/01, held by A that day), 5.1 +1
 *      |         |                                        | follows the case), kept 10/01 (A), 10/03, 10/04 (B)     | B: 5 +5 (10/02 .. 10/06, held by B), 5.1 +2
 * A8   | A       | M, adult compulsory, start 01/05/2025  | DECEASED 10/05/2026                                     | 13 +1; not 1
 * A9   | A       | F, voluntary, start 05/06/2026, entered| nothing else                                            | 1, 1.3, 1.7, 2 on 14/06; as of 31/05 it did not exist yet: counts nowhere
 *      |         | on 05/06/2026                          |                                                         |
 * A10  | A -> B  | F, voluntary, start 05/01/2026         | drug test 15/02 POSITIVE in A; transfer A -> B, move    | A: 2 +1 (started in the period while in A), 6 +1, 6.1 +1, 11 +1
 *      |         | (inside the period, in A)              | date 01/03/2026; RELAPSED 10/04/2026 in B, still on     | B: 1, 1.3, 1.7 (RELAPSED, in B on 14/06); 10 +1; 7 +1 (relapsed while in B);
 *      |         |                                        | 14/06; no mentor                                        |   not 2 in B (it started in A)
 * B1   | B       | other sex, drug-use management, start  | mentorB2 (volunteer team, B) since 03/02/2026;          | 1, 1.5, 1.8; 2; 3; 4, 4.5
 *      |         | 03/02/2026; phone login                | loan referral PLACED 01/04/2026                         | 16 +1 (loan disbursed in the period); 17: no (a loan is neither course nor job)
 * B2   | B       | F, adult compulsory, start 01/08/2025; | mentorB3 (People's Committee = another organisation)    | 1, 1.1, 1.7; 3; 4, 4.6
 *      |         | phone login                            | since 01/08/2025; job referral PLACED 20/01/2026;       | 15 +1; 17 +1 (employed, latest check says still working)
 *      |         |                                        | 3-month check (due 20/04) answered 25/04 STILL_ACTIVE   | 18 +1, 18.1 +1
 *      |         |                                        | help 10/03 09:00 ack 10:00 (mentor); 15/05 20:00 ack    | 20 +2, 20.1 +2, samples 60 and 90 minutes
 *      |         |                                        | 21:30 (officer)                                         |
 * B3   | B       | M, adult compulsory, start 20/12/2025  | no mentor; plan OFFICE_PRESENCE monthly from 01/03/2026 | 1, 1.1, 1.6; 2 (started in the period); 5 +4 (01/03..01/06), 5.1 +1 (01/03 only)
 *      |         | (inside the period)                    | drug test 20/03 POSITIVE (no relapse recorded)          | 6 +1, 6.1 +1
 *      |         |                                        | ABSENT from 20/06 (after the cut-off)                   | still in 1 (ACTIVE on 14/06), not in 9
 * B5   | B       | M, adult compulsory, start 01/07/2025  | mentorB1 (Farmers) since 01/07/2025; RELAPSED 01/03,    | 1, 1.1, 1.6 (RELAPSED is under management); 7 +1 (two relapses, one person);
 *      |         |                                        | ACTIVE 20/03, RELAPSED again 25/05                      |   3; mentorB1 counted once in 4 / 4.4 although he helps A7 and B5
 * </pre>
 *
 * <p>Totals: A: line 1 = A1, A2, A3, A6, A9 = 5; B: B1, B2, B3, A7, B5, A10 = 6. Percentages: 3.1 A 3/5 = 60,
 * B 4/6 = 67 (66.7 rounded), province 7/11 = 64 (63.6); 5.2 A 6/10 = 60, B 3/9 = 33 (33.3 rounded), province 9/19 = 47 (47.4);
 * 17.1 A 1/5 = 20, B 1/6 = 17 (16.7), province 2/11 = 18 (18.2); 18.2 A 1/1, B 1/1, province 2/2 = 100; 19.2 A 0/1 = 0, B
 * empty (0 checks), province 0/1 = 0. Median (20.2): A [25, 30] -> 25 (the lower middle of an even count, as
 * Figures takes it), B [60, 90] -> 60, province [25, 30, 60, 90] -> 30 (a median of all the communes'
 * requests, not the average of the communes' medians, which would be 42.5).
 */
class ReportIndicatorsTest extends IntegrationTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate CUT_OFF = LocalDate.parse("2026-06-14");
    private static final LocalDate BEFORE_A9 = LocalDate.parse("2026-05-31");
    private static World w;
    private static String a7;

    @BeforeAll
    static void buildTheProvince() {
        try {
            w = World.create(api);
            mentors();
            communeA();
            communeB();
        } finally {
            CLOCK.set(Instant.now());
        }
    }

    @AfterAll
    static void restoreTheClock() {
        CLOCK.set(Instant.now());
    }

    // ---------------------------------------------------------------- the expectations, by hand

    private static Map<Indicator, Long> expectedA() {
        Map<Indicator, Long> e = new EnumMap<>(Indicator.class);
        e.put(Indicator.UNDER_MANAGEMENT, 5L); // A1, A2, A3, A6 (absent), A9
        e.put(Indicator.BASIS_COMPULSORY_REHAB_ADULT, 1L); // A1
        e.put(Indicator.BASIS_COMPULSORY_REHAB_MINOR, 1L); // A3
        e.put(Indicator.BASIS_VOLUNTARY_REHAB, 2L); // A2, A9
        e.put(Indicator.BASIS_OPIOID_SUBSTITUTION, 0L); // A7 is in B on the cut-off
        e.put(Indicator.BASIS_DRUG_USE_MANAGEMENT, 1L); // A6
        e.put(Indicator.SEX_MALE, 3L); // A1, A3, A6
        e.put(Indicator.SEX_FEMALE, 2L); // A2, A9
        e.put(Indicator.SEX_OTHER, 0L);
        e.put(Indicator.MINORS, 1L); // A3
        e.put(Indicator.NEWLY_MANAGED, 3L); // A2, A9, A10 (started here, moved away later)
        e.put(Indicator.WITH_MENTOR, 3L); // A1, A2, A6
        e.put(Indicator.WITH_MENTOR_PERCENT, 60L); // 3/5
        e.put(Indicator.MENTORS, 3L); // mentorA1, mentorA4, mentorA2 (not mentorA5: A4 is suspended)
        e.put(Indicator.MENTORS_YOUTH_UNION, 1L); // mentorA1
        e.put(Indicator.MENTORS_WOMENS_UNION, 1L); // mentorA2
        e.put(Indicator.MENTORS_VETERANS_ASSOCIATION, 1L); // mentorA4
        e.put(Indicator.MENTORS_FARMERS_ASSOCIATION, 0L);
        e.put(Indicator.MENTORS_VOLUNTEER_TEAM, 0L); // mentorA5 helps only A4, not in line 1
        e.put(Indicator.MENTORS_OTHER, 0L);
        e.put(Indicator.CHECKINS_EXPECTED, 10L); // A1: 01/01 .. 01/06 (6); A4: 01/01 .. 01/03 (3); A7: 10/01 (1)
        e.put(Indicator.CHECKINS_KEPT, 6L); // A1: January to April (4); A4: January (1); A7: January (1)
        e.put(Indicator.COMPLIANCE_PERCENT, 60L); // 6/10
        e.put(Indicator.DRUG_TESTS, 5L); // A1 x2, A4, A7 and A10 (before their moves)
        e.put(Indicator.DRUG_TESTS_POSITIVE, 3L); // A1 20/05, A4, A10
        e.put(Indicator.RELAPSED, 1L); // A4
        e.put(Indicator.RETURNED_TO_REHAB, 1L); // A4
        e.put(Indicator.ABSENT, 1L); // A6
        e.put(Indicator.MOVED_IN, 0L);
        e.put(Indicator.MOVED_OUT, 2L); // A7, A10
        e.put(Indicator.COMPLETED, 1L); // A5
        e.put(Indicator.CERTIFICATES_ISSUED, 1L); // A5
        e.put(Indicator.DECEASED, 1L); // A8
        e.put(Indicator.IN_TRAINING, 1L); // A2
        e.put(Indicator.EMPLOYED, 0L); // A1 was placed before the period
        e.put(Indicator.LOANS, 0L);
        e.put(Indicator.WORKING_AT_END, 1L); // A2 (A1's latest check says stopped)
        e.put(Indicator.WORKING_AT_END_PERCENT, 20L); // 1/5
        e.put(Indicator.RETENTION_3M_CHECKED, 1L); // A1
        e.put(Indicator.RETENTION_3M_KEPT, 1L);
        e.put(Indicator.RETENTION_3M_PERCENT, 100L);
        e.put(Indicator.RETENTION_6M_CHECKED, 1L); // A1
        e.put(Indicator.RETENTION_6M_KEPT, 0L);
        e.put(Indicator.RETENTION_6M_PERCENT, 0L);
        e.put(Indicator.HELP_REQUESTS, 3L); // A1
        e.put(Indicator.HELP_ANSWERED, 2L);
        e.put(Indicator.HELP_FIRST_CONTACT_MEDIAN, 25L); // [25, 30]
        return e;
    }

    private static Map<Indicator, Long> expectedB() {
        Map<Indicator, Long> e = new EnumMap<>(Indicator.class);
        e.put(Indicator.UNDER_MANAGEMENT, 6L); // B1, B2, B3, A7 (moved in), B5 (relapsed), A10 (moved in, relapsed)
        e.put(Indicator.BASIS_COMPULSORY_REHAB_ADULT, 3L); // B2, B3, B5
        e.put(Indicator.BASIS_COMPULSORY_REHAB_MINOR, 0L);
        e.put(Indicator.BASIS_VOLUNTARY_REHAB, 1L); // A10
        e.put(Indicator.BASIS_OPIOID_SUBSTITUTION, 1L); // A7
        e.put(Indicator.BASIS_DRUG_USE_MANAGEMENT, 1L); // B1
        e.put(Indicator.SEX_MALE, 3L); // B3, A7, B5
        e.put(Indicator.SEX_FEMALE, 2L); // B2, A10
        e.put(Indicator.SEX_OTHER, 1L); // B1
        e.put(Indicator.MINORS, 0L);
        e.put(Indicator.NEWLY_MANAGED, 2L); // B1, B3 (not A7, A10: moved in)
        e.put(Indicator.WITH_MENTOR, 4L); // B1, B2, A7, B5
        e.put(Indicator.WITH_MENTOR_PERCENT, 67L); // 4/6
        e.put(Indicator.MENTORS, 3L); // mentorB1 (once), mentorB2, mentorB3
        e.put(Indicator.MENTORS_YOUTH_UNION, 0L);
        e.put(Indicator.MENTORS_WOMENS_UNION, 0L);
        e.put(Indicator.MENTORS_VETERANS_ASSOCIATION, 0L);
        e.put(Indicator.MENTORS_FARMERS_ASSOCIATION, 1L); // mentorB1
        e.put(Indicator.MENTORS_VOLUNTEER_TEAM, 1L); // mentorB2
        e.put(Indicator.MENTORS_OTHER, 1L); // mentorB3 (People's Committee)
        e.put(Indicator.CHECKINS_EXPECTED, 9L); // B3: 01/03 .. 01/06 (4); A7: 10/02 .. 10/06 (5)
        e.put(Indicator.CHECKINS_KEPT, 3L); // B3: March (1); A7: March, April (2)
        e.put(Indicator.COMPLIANCE_PERCENT, 33L); // 3/9
        e.put(Indicator.DRUG_TESTS, 2L); // A7 after its move, B3
        e.put(Indicator.DRUG_TESTS_POSITIVE, 1L); // B3
        e.put(Indicator.RELAPSED, 2L); // B5 (counted once), A10
        e.put(Indicator.RETURNED_TO_REHAB, 0L);
        e.put(Indicator.ABSENT, 0L);
        e.put(Indicator.MOVED_IN, 2L); // A7, A10
        e.put(Indicator.MOVED_OUT, 0L);
        e.put(Indicator.COMPLETED, 0L);
        e.put(Indicator.CERTIFICATES_ISSUED, 0L);
        e.put(Indicator.DECEASED, 0L);
        e.put(Indicator.IN_TRAINING, 0L);
        e.put(Indicator.EMPLOYED, 1L); // B2
        e.put(Indicator.LOANS, 1L); // B1
        e.put(Indicator.WORKING_AT_END, 1L); // B2
        e.put(Indicator.WORKING_AT_END_PERCENT, 17L); // 1/6
        e.put(Indicator.RETENTION_3M_CHECKED, 1L); // B2
        e.put(Indicator.RETENTION_3M_KEPT, 1L);
        e.put(Indicator.RETENTION_3M_PERCENT, 100L);
        e.put(Indicator.RETENTION_6M_CHECKED, 0L);
        e.put(Indicator.RETENTION_6M_KEPT, 0L);
        e.put(Indicator.RETENTION_6M_PERCENT, null); // no 6-month check answered: left empty
        e.put(Indicator.HELP_REQUESTS, 2L); // B2
        e.put(Indicator.HELP_ANSWERED, 2L);
        e.put(Indicator.HELP_FIRST_CONTACT_MEDIAN, 60L); // [60, 90]
        return e;
    }

    private static Map<Indicator, Long> expectedProvince() {
        Map<Indicator, Long> e = new EnumMap<>(Indicator.class);
        e.put(Indicator.UNDER_MANAGEMENT, 11L);
        e.put(Indicator.BASIS_COMPULSORY_REHAB_ADULT, 4L);
        e.put(Indicator.BASIS_COMPULSORY_REHAB_MINOR, 1L);
        e.put(Indicator.BASIS_VOLUNTARY_REHAB, 3L);
        e.put(Indicator.BASIS_OPIOID_SUBSTITUTION, 1L);
        e.put(Indicator.BASIS_DRUG_USE_MANAGEMENT, 2L);
        e.put(Indicator.SEX_MALE, 6L);
        e.put(Indicator.SEX_FEMALE, 4L);
        e.put(Indicator.SEX_OTHER, 1L);
        e.put(Indicator.MINORS, 1L);
        e.put(Indicator.NEWLY_MANAGED, 5L);
        e.put(Indicator.WITH_MENTOR, 7L);
        e.put(Indicator.WITH_MENTOR_PERCENT, 64L); // 7/11
        e.put(Indicator.MENTORS, 6L);
        e.put(Indicator.MENTORS_YOUTH_UNION, 1L);
        e.put(Indicator.MENTORS_WOMENS_UNION, 1L);
        e.put(Indicator.MENTORS_VETERANS_ASSOCIATION, 1L);
        e.put(Indicator.MENTORS_FARMERS_ASSOCIATION, 1L);
        e.put(Indicator.MENTORS_VOLUNTEER_TEAM, 1L);
        e.put(Indicator.MENTORS_OTHER, 1L);
        e.put(Indicator.CHECKINS_EXPECTED, 19L);
        e.put(Indicator.CHECKINS_KEPT, 9L);
        e.put(Indicator.COMPLIANCE_PERCENT, 47L); // 9/19
        e.put(Indicator.DRUG_TESTS, 7L);
        e.put(Indicator.DRUG_TESTS_POSITIVE, 4L);
        e.put(Indicator.RELAPSED, 3L);
        e.put(Indicator.RETURNED_TO_REHAB, 1L);
        e.put(Indicator.ABSENT, 1L);
        e.put(Indicator.MOVED_IN, 2L); // each move inside the province: once in ...
        e.put(Indicator.MOVED_OUT, 2L); // ... and once out
        e.put(Indicator.COMPLETED, 1L);
        e.put(Indicator.CERTIFICATES_ISSUED, 1L);
        e.put(Indicator.DECEASED, 1L);
        e.put(Indicator.IN_TRAINING, 1L);
        e.put(Indicator.EMPLOYED, 1L);
        e.put(Indicator.LOANS, 1L);
        e.put(Indicator.WORKING_AT_END, 2L);
        e.put(Indicator.WORKING_AT_END_PERCENT, 18L); // 2/11
        e.put(Indicator.RETENTION_3M_CHECKED, 2L);
        e.put(Indicator.RETENTION_3M_KEPT, 2L);
        e.put(Indicator.RETENTION_3M_PERCENT, 100L);
        e.put(Indicator.RETENTION_6M_CHECKED, 1L);
        e.put(Indicator.RETENTION_6M_KEPT, 0L);
        e.put(Indicator.RETENTION_6M_PERCENT, 0L);
        e.put(Indicator.HELP_REQUESTS, 5L);
        e.put(Indicator.HELP_ANSWERED, 4L);
        e.put(Indicator.HELP_FIRST_CONTACT_MEDIAN, 30L); // [25, 30, 60, 90]
        return e;
    }

    // ---------------------------------------------------------------- the tests

    @Test
    void theFirstSixMonthsOf2026AreTheDaysTheTableAssumes() {
        ReportPeriod p = period();
        assertEquals(LocalDate.parse("2025-12-15"), p.startsOn());
        assertEquals(CUT_OFF, p.endsOn());
    }

    @Test
    void everyIndicatorOfEachCommuneAndOfTheProvinceIsWhatTheDefinitionsSay() {
        Map<String, Figures> byCommune = calculate(CUT_OFF);
        List<String> wrong = new ArrayList<>();
        compare("commune A", expectedA(), figures(byCommune, w.communeA), wrong);
        compare("commune B", expectedB(), figures(byCommune, w.communeB), wrong);
        compare("province", expectedProvince(), Figures.sum(byCommune.values()), wrong);
        assertTrue(wrong.isEmpty(), "indicators that disagree with their definition:\n" + String.join("\n", wrong));
        assertEquals(
                List.of(w.communeA, w.communeB).stream().sorted().toList(),
                byCommune.entrySet().stream()
                        .filter(en -> !en.getValue().equals(new Figures()))
                        .map(Map.Entry::getKey)
                        .sorted()
                        .toList(),
                "only the province's two communes have figures");
    }

    /**
     * As of 31/05/2026 the case A9 (entered and started on 05/06/2026) did not exist: it counts nowhere,
     * and the case A8 who died on 10/05 is already gone.
     */
    @Test
    void aCaseEnteredAfterTheAsOfDayDoesNotCount() {
        Map<String, Figures> byCommune = calculate(BEFORE_A9);
        Figures a = figures(byCommune, w.communeA);
        List<String> wrong = new ArrayList<>();
        Map<Indicator, Long> e = new EnumMap<>(Indicator.class);
        e.put(Indicator.UNDER_MANAGEMENT, 4L); // A1, A2, A3, A6
        e.put(Indicator.BASIS_VOLUNTARY_REHAB, 1L); // A2
        e.put(Indicator.SEX_FEMALE, 1L); // A2
        e.put(Indicator.NEWLY_MANAGED, 2L); // A2, A10 (started in A, moved to B on 01/03)
        e.put(Indicator.DECEASED, 1L); // A8, 10/05
        e.put(Indicator.RETENTION_6M_CHECKED, 0L); // A1's was answered on 05/06
        e.forEach((i, v) -> {
            if (!java.util.Objects.equals(v, a.value(i))) {
                wrong.add("commune A as of " + BEFORE_A9 + ": " + i + " expected " + v + ", got " + a.value(i));
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    private static void compare(String where, Map<Indicator, Long> expected, Figures got, List<String> wrong) {
        for (Indicator i : Indicator.values()) {
            assertTrue(expected.containsKey(i), "the hand-made table misses " + i);
            Long want = expected.get(i);
            Long value = got.value(i);
            if (!java.util.Objects.equals(want, value)) {
                wrong.add(where + ": " + i + " (" + i.number() + ") expected " + want + ", got " + value);
            }
        }
    }

    private static Map<String, Figures> calculate(LocalDate asOf) {
        return bean(ReportCalculator.class).byCommune(provincePath(), period(), asOf);
    }

    private static Figures figures(Map<String, Figures> byCommune, String commune) {
        return byCommune.getOrDefault(commune, new Figures());
    }

    private static ReportPeriod period() {
        return bean(ReportPeriods.class).period(PeriodKind.HALF_YEAR, 2026, 1);
    }

    private static String provincePath() {
        return bean(AdminUnitService.class).require(w.province, "province").path();
    }

    // ---------------------------------------------------------------- the data, as it happened

    private static void mentors() {
        String veteransA = w.org("Hội Cựu chiến binh xã A", "VETERANS_ASSOCIATION", w.communeA);
        String volunteersA = w.org("Đội tình nguyện xã A", "VOLUNTEER_TEAM", w.communeA);
        String farmersB = w.org("Hội Nông dân phường B", "FARMERS_ASSOCIATION", w.communeB);
        String volunteersB = w.org("Nhóm tình nguyện phường B", "VOLUNTEER_TEAM", w.communeB);
        String committeeB = w.org("Ủy ban nhân dân phường B", "PEOPLES_COMMITTEE", w.communeB);
        w.account("mentorA4", "MENTOR", w.communeA, veteransA, "Cựu Chiến Binh");
        w.account("mentorA5", "MENTOR", w.communeA, volunteersA, "Tình Nguyện A");
        w.account("mentorB1", "MENTOR", w.communeB, farmersB, "Nông Dân");
        w.account("mentorB2", "MENTOR", w.communeB, volunteersB, "Tình Nguyện B");
        w.account("mentorB3", "MENTOR", w.communeB, committeeB, "Cán Bộ Phường");
    }

    private static void communeA() {
        String employer = provider("officerA", "Xưởng may Đồng Hỷ", "EMPLOYER", w.communeA);
        String school = provider("officerA", "Trường nghề Thái Nguyên", "VOCATIONAL_SCHOOL", w.communeA);

        // A1
        String a1 = register(
                "officerA",
                w.communeA,
                "Chấp Hành Một",
                "MALE",
                "COMPULSORY_REHAB_ADULT",
                "1990-05-17",
                "2025-03-10",
                true);
        String a1Token = activate("officerA", a1);
        assign("officerA", a1, "mentorA1", "2025-03-10");
        plan("officerA", a1, "2026-01-01");
        for (String day : List.of("2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01")) {
            presence("officerA", a1, day);
        }
        drugTest("officerA", a1, "2026-02-10", "NEGATIVE");
        drugTest("officerA", a1, "2026-05-20", "POSITIVE");
        String job = refer("officerA", a1Token, a1, employer, "JOB", "2025-11-20");
        step("officerA", job, "SENT", "2025-11-21");
        step("officerA", job, "PLACED", "2025-12-01");
        answerCheck("officerA", a1, 3, "2026-03-05", "STILL_ACTIVE");
        answerCheck("officerA", a1, 6, "2026-06-05", "STOPPED");
        String h1 = askHelp(a1Token, a1, "2026-04-10", 10, 0);
        acknowledge("mentorA1", h1, "2026-04-10", 10, 25);
        String h2 = askHelp(a1Token, a1, "2026-04-20", 10, 0);
        acknowledge("mentorA1", h2, "2026-04-20", 10, 30);
        askHelp(a1Token, a1, "2026-05-02", 10, 0);
        // After the cut-off: counts nowhere in the period.
        drugTest("officerA", a1, "2026-06-20", "POSITIVE");
        askHelp(a1Token, a1, "2026-06-16", 10, 0);

        // A2
        String a2 = register(
                "officerA", w.communeA, "Học Nghề Hai", "FEMALE", "VOLUNTARY_REHAB", "1994-02-02", "2026-01-15", true);
        String a2Token = activate("officerA", a2);
        String a2Mentor = assign("officerA", a2, "mentorA4", "2026-01-20");
        String course = refer("officerA", a2Token, a2, school, "COURSE", "2026-02-20");
        step("officerA", course, "SENT", "2026-02-21");
        step("officerA", course, "ENROLLED", "2026-03-01");
        endAssignment("officerA", a2Mentor, "2026-06-20");

        // A3
        registerMinor();

        // A4
        String a4 = register(
                "officerA",
                w.communeA,
                "Tái Nghiện Bốn",
                "MALE",
                "COMPULSORY_REHAB_ADULT",
                "1988-08-08",
                "2025-06-01",
                false);
        assign("officerA", a4, "mentorA5", "2025-06-01");
        plan("officerA", a4, "2026-01-01");
        presence("officerA", a4, "2026-01-01");
        drugTest("officerA", a4, "2026-02-20", "POSITIVE");
        status("officerA", a4, "RELAPSED", "2026-02-21");
        status("officerA", a4, "SUSPENDED", "2026-03-15");

        // A5
        String a5 = register(
                "officerA",
                w.communeA,
                "Hoàn Thành Năm",
                "FEMALE",
                "VOLUNTARY_REHAB",
                "1985-01-20",
                "2025-03-01",
                false);
        assign("officerA", a5, "mentorA2", "2025-03-01");
        status("officerA", a5, "COMPLETED", "2026-03-05");
        ApiResponse certificate = api.get(w.token("officerA"), "/api/v1/cases/" + a5 + "/completion-certificate");
        assertEquals(200, certificate.status(), certificate::toString);
        assertEquals("application/pdf", certificate.contentType());

        // A6
        String a6 = register(
                "officerA",
                w.communeA,
                "Vắng Mặt Sáu",
                "MALE",
                "DRUG_USE_MANAGEMENT",
                "1992-06-06",
                "2025-09-05",
                false);
        assign("officerA", a6, "mentorA2", "2025-09-05");
        status("officerA", a6, "ABSENT", "2026-04-01");

        // A7: moves to B
        a7 = register(
                "officerA",
                w.communeA,
                "Chuyển Đi Bảy",
                "MALE",
                "OPIOID_SUBSTITUTION",
                "1987-07-07",
                "2025-11-01",
                false);
        assign("officerA", a7, "mentorA1", "2025-11-01");
        plan("officerA", a7, "2026-01-10");
        presence("officerA", a7, "2026-01-10");
        drugTest("officerA", a7, "2026-01-10", "NEGATIVE");
        transferToB(a7, "2026-01-28", "2026-02-01", "2026-02-02");

        // A8
        String a8 = register(
                "officerA",
                w.communeA,
                "Qua Đời Tám",
                "MALE",
                "COMPULSORY_REHAB_ADULT",
                "1980-08-18",
                "2025-05-01",
                false);
        status("officerA", a8, "DECEASED", "2026-05-10");

        // A10: started in A inside the period, moves to B, relapses there
        String a10 = register(
                "officerA",
                w.communeA,
                "Chuyển Đi Mười",
                "FEMALE",
                "VOLUNTARY_REHAB",
                "1997-10-10",
                "2026-01-05",
                false);
        drugTest("officerA", a10, "2026-02-15", "POSITIVE");
        transferToB(a10, "2026-02-25", "2026-03-01", "2026-03-02");
        status("officerB", a10, "RELAPSED", "2026-04-10");

        // A9: entered and started on 05/06/2026
        register(
                "officerA", w.communeA, "Mới Vào Chín", "FEMALE", "VOLUNTARY_REHAB", "1996-09-09", "2026-06-05", false);
    }

    private static void communeB() {
        String bank = provider("officerB", "Ngân hàng Chính sách xã hội", "SOCIAL_POLICY_BANK", w.communeB);
        String employer = provider("officerB", "Công ty Cơ khí Gia Sàng", "EMPLOYER", w.communeB);

        // A7 in B
        assign("officerB", a7, "mentorB1", "2026-02-05");
        presence("officerB", a7, "2026-03-10");
        presence("officerB", a7, "2026-04-10");
        drugTest("officerB", a7, "2026-04-15", "NEGATIVE");

        // B1
        String b1 = register(
                "officerB",
                w.communeB,
                "Vay Vốn Một",
                "OTHER",
                "DRUG_USE_MANAGEMENT",
                "1993-03-03",
                "2026-02-03",
                true);
        String b1Token = activate("officerB", b1);
        assign("officerB", b1, "mentorB2", "2026-02-03");
        String loan = refer("officerB", b1Token, b1, bank, "LOAN", "2026-03-20");
        step("officerB", loan, "SENT", "2026-03-21");
        step("officerB", loan, "PLACED", "2026-04-01");

        // B2
        String b2 = register(
                "officerB",
                w.communeB,
                "Có Việc Hai",
                "FEMALE",
                "COMPULSORY_REHAB_ADULT",
                "1991-01-11",
                "2025-08-01",
                true);
        String b2Token = activate("officerB", b2);
        assign("officerB", b2, "mentorB3", "2025-08-01");
        String job = refer("officerB", b2Token, b2, employer, "JOB", "2026-01-10");
        step("officerB", job, "SENT", "2026-01-12");
        step("officerB", job, "PLACED", "2026-01-20");
        answerCheck("officerB", b2, 3, "2026-04-25", "STILL_ACTIVE");
        String h1 = askHelp(b2Token, b2, "2026-03-10", 9, 0);
        acknowledge("mentorB3", h1, "2026-03-10", 10, 0);
        String h2 = askHelp(b2Token, b2, "2026-05-15", 20, 0);
        acknowledge("officerB", h2, "2026-05-15", 21, 30);

        // B3
        String b3 = register(
                "officerB",
                w.communeB,
                "Trình Diện Ba",
                "MALE",
                "COMPULSORY_REHAB_ADULT",
                "1989-09-19",
                "2025-12-20",
                false);
        plan("officerB", b3, "2026-03-01");
        presence("officerB", b3, "2026-03-01");
        drugTest("officerB", b3, "2026-03-20", "POSITIVE");
        status("officerB", b3, "ABSENT", "2026-06-20");

        // B5
        String b5 = register(
                "officerB",
                w.communeB,
                "Tái Nghiện Năm",
                "MALE",
                "COMPULSORY_REHAB_ADULT",
                "1986-06-16",
                "2025-07-01",
                false);
        assign("officerB", b5, "mentorB1", "2025-07-01");
        status("officerB", b5, "RELAPSED", "2026-03-01");
        status("officerB", b5, "ACTIVE", "2026-03-20");
        status("officerB", b5, "RELAPSED", "2026-05-25");
    }

    // ---------------------------------------------------------------- through the product's API

    /** Moves the service clock to {@code day} at {@code hour:minute} in Vietnam. */
    private static void at(String day, int hour, int minute) {
        CLOCK.set(LocalDate.parse(day)
                .atTime(LocalTime.of(hour, minute))
                .atZone(VN)
                .toInstant());
    }

    private static String register(
            String officer,
            String commune,
            String name,
            String sex,
            String basis,
            String born,
            String start,
            boolean phone) {
        at(start, 8, 0);
        Map<String, Object> body = World.caseBody(commune, name + " " + w.tag);
        body.put("sex", sex);
        body.put("basis", basis);
        body.put("dateOfBirth", born);
        body.put("decisionDate", LocalDate.parse(start).minusDays(5).toString());
        body.put("startDate", start);
        if (phone) {
            body.put("phone", "09" + String.format("%08d", Math.floorMod((w.tag + name).hashCode(), 100_000_000)));
        }
        return w.registerCase(officer, body).get("id").asText();
    }

    private static void registerMinor() {
        at("2025-10-05", 8, 0);
        Map<String, Object> body = World.caseBody(w.communeA, "Vị Thành Niên Ba " + w.tag);
        body.put("basis", "COMPULSORY_REHAB_MINOR");
        body.put("dateOfBirth", "2009-01-01");
        body.put("decisionDate", "2025-10-01");
        body.put("startDate", "2025-10-05");
        w.registerCase("officerA", body);
    }

    /** The person's phone login (activation code and PIN), on the day the case was registered. */
    private static String activate(String officer, String caseId) {
        ApiResponse issued = api.post(w.token(officer), "/api/v1/cases/" + caseId + "/activation-code", null);
        assertEquals(201, issued.status(), issued::toString);
        String phone = api.get(w.token(officer), "/api/v1/cases/" + caseId)
                .json()
                .get("phone")
                .asText();
        ApiResponse r = api.post(
                null,
                "/api/v1/auth/activate",
                Map.of("phone", phone, "code", issued.json().get("code").asText(), "pin", "135790"));
        assertEquals(200, r.status(), r::toString);
        return r.json().get("accessToken").asText();
    }

    private static String assign(String officer, String caseId, String mentor, String day) {
        at(day, 9, 0);
        ApiResponse r = api.post(
                w.token(officer),
                "/api/v1/cases/" + caseId + "/assignments",
                Map.of("mentorId", w.id(mentor), "startDate", day));
        assertEquals(201, r.status(), r::toString);
        return r.json().get("id").asText();
    }

    private static void endAssignment(String officer, String assignmentId, String day) {
        at(day, 9, 0);
        ApiResponse r = api.post(
                w.token(officer),
                "/api/v1/assignments/" + assignmentId + "/end",
                Map.of("reason", "Người giúp đỡ chuyển công tác", "endDate", day));
        assertEquals(200, r.status(), r::toString);
    }

    private static void status(String officer, String caseId, String status, String day) {
        at(day, 9, 30);
        ApiResponse r = api.post(
                w.token(officer),
                "/api/v1/cases/" + caseId + "/status-changes",
                Map.of("status", status, "reason", "Quyết định của Chủ tịch UBND xã", "effectiveDate", day));
        assertTrue(r.status() == 200 || r.status() == 201, r::toString);
    }

    /** A monthly office presence ("kiểm diện"), due on the first of each month from {@code from}. */
    private static void plan(String officer, String caseId, String from) {
        at(LocalDate.parse(from).minusDays(1).toString(), 9, 0);
        ApiResponse r = api.post(
                w.token(officer),
                "/api/v1/cases/" + caseId + "/checkin-plans",
                Map.of("kind", "OFFICE_PRESENCE", "rrule", "FREQ=MONTHLY", "effectiveFrom", from));
        assertEquals(201, r.status(), r::toString);
    }

    private static void presence(String officer, String caseId, String day) {
        at(day, 10, 0);
        ApiResponse r = api.post(
                w.token(officer),
                "/api/v1/cases/" + caseId + "/checkins",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "kind",
                        "OFFICE_PRESENCE",
                        "occurredAt",
                        day + "T10:00:00+07:00"));
        assertEquals(201, r.status(), r::toString);
    }

    private static void drugTest(String officer, String caseId, String day, String result) {
        at(day, 14, 0);
        ApiResponse r = api.post(
                w.token(officer),
                "/api/v1/cases/" + caseId + "/drug-tests",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "testedOn",
                        day,
                        "result",
                        result,
                        "testedBy",
                        "Trạm Y tế xã"));
        assertEquals(201, r.status(), r::toString);
    }

    private static void transferToB(String caseId, String startedOn, String moveDate, String acceptedOn) {
        at(startedOn, 9, 0);
        ApiResponse started = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/transfers",
                Map.of("toUnitId", w.communeB, "moveDate", moveDate, "reason", "Về ở với gia đình"));
        assertEquals(201, started.status(), started::toString);
        at(acceptedOn, 9, 0);
        ApiResponse accepted = api.post(
                w.token("officerB"),
                "/api/v1/transfers/" + started.json().get("id").asText() + "/answers",
                Map.of("state", "ACCEPTED"));
        assertEquals(200, accepted.status(), accepted::toString);
    }

    private static String provider(String officer, String name, String type, String commune) {
        at("2025-03-01", 8, 0);
        ApiResponse r = api.post(
                w.token(officer),
                "/api/v1/providers",
                Map.of(
                        "name",
                        name + " " + w.tag,
                        "type",
                        type,
                        "adminUnitId",
                        commune,
                        "contactPerson",
                        "Cô Nguyễn Thị Hoa",
                        "contactPhone",
                        "0208 3855 123",
                        "servedUnitIds",
                        List.of(commune)));
        assertEquals(201, r.status(), r::toString);
        return r.json().get("id").asText();
    }

    /** A referral proposed by the officer and accepted by the person on {@code day}. */
    private static String refer(
            String officer, String personToken, String caseId, String providerId, String kind, String day) {
        at(day, 9, 0);
        ApiResponse r = api.post(
                w.token(officer),
                "/api/v1/cases/" + caseId + "/referrals",
                Map.of("id", UUID.randomUUID().toString(), "providerId", providerId, "kind", kind));
        assertEquals(201, r.status(), r::toString);
        String id = r.json().get("id").asText();
        Map<String, Object> accept = new HashMap<>(Map.of("status", "ACCEPTED", "date", day));
        accept.put("sharedFields", List.of("FULL_NAME", "PHONE"));
        ApiResponse accepted = api.post(personToken, "/api/v1/referrals/" + id + "/steps", accept);
        assertEquals(200, accepted.status(), accepted::toString);
        return id;
    }

    private static void step(String officer, String referralId, String status, String day) {
        at(day, 11, 0);
        ApiResponse r = api.post(
                w.token(officer), "/api/v1/referrals/" + referralId + "/steps", Map.of("status", status, "date", day));
        assertEquals(200, r.status(), r::toString);
    }

    private static void answerCheck(String officer, String caseId, int months, String day, String outcome) {
        at(day, 15, 0);
        String checkId = null;
        for (JsonNode c : Pages.all(api, w.token(officer), "/api/v1/retention-checks")) {
            if (c.get("caseId").asText().equals(caseId) && c.get("months").asInt() == months) {
                checkId = c.get("id").asText();
            }
        }
        assertTrue(checkId != null, "the " + months + "-month check of " + caseId + " is due on " + day);
        ApiResponse r = api.post(
                w.token(officer),
                "/api/v1/retention-checks/" + checkId + "/answer",
                Map.of("outcome", outcome, "note", "Đã gọi điện hỏi"));
        assertEquals(200, r.status(), r::toString);
    }

    private static String askHelp(String personToken, String caseId, String day, int hour, int minute) {
        at(day, hour, minute);
        ApiResponse r = api.post(
                personToken,
                "/api/v1/cases/" + caseId + "/help-requests",
                Map.of("id", UUID.randomUUID().toString(), "category", "CRAVING"));
        assertEquals(201, r.status(), r::toString);
        return r.json().get("id").asText();
    }

    private static void acknowledge(String responder, String helpId, String day, int hour, int minute) {
        at(day, hour, minute);
        ApiResponse r = api.post(w.token(responder), "/api/v1/help-requests/" + helpId + "/acknowledge", null);
        assertEquals(200, r.status(), r::toString);
    }
}
