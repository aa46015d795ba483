package vn.donghanh.report.periodic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;
import vn.donghanh.transfer.TransferService.CaseMove;

/**
 * The calculator against the real database: a province's communes are counted, a commune of another
 * province is not, and a case is counted in the commune that held it on the day (the full pinned
 * data set of every indicator is ReportIndicatorsTest).
 */
class ReportCalculatorTest extends IntegrationTest {

    @Test
    void countsTheProvincesCommunesOnly() {
        World w = World.create(api);
        String a1 = w.registerCase("officerA", w.communeA, "Nguyễn Văn Một")
                .get("id")
                .asText();
        w.registerCase("officerA", w.communeA, "Trần Thị Hai");
        w.registerCase("officerOther", w.otherCommune, "Lê Văn Ba");
        LocalDate today = LocalDate.now(CLOCK.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        assertEquals(
                201,
                api.post(
                                w.token("officerA"),
                                "/api/v1/cases/" + a1 + "/drug-tests",
                                Map.of(
                                        "id",
                                        java.util.UUID.randomUUID().toString(),
                                        "testedOn",
                                        today.toString(),
                                        "result",
                                        "POSITIVE",
                                        "testedBy",
                                        "Trạm Y tế"))
                        .status());
        ReportPeriods periods = context().getBean(ReportPeriods.class);
        ReportPeriod period = periods.begunBy(null, today).stream()
                .filter(p -> p.contains(today) && p.kind() == PeriodKind.HALF_YEAR)
                .findFirst()
                .orElseThrow();
        String provincePath = context()
                .getBean(AdminUnitService.class)
                .unitsOf(List.of(w.province))
                .get(w.province)
                .path();

        Map<String, Figures> f = context().getBean(ReportCalculator.class).byCommune(provincePath, period, today);

        Figures a = f.get(w.communeA);
        assertEquals(2, a.count(Indicator.UNDER_MANAGEMENT));
        assertEquals(2, a.count(Indicator.SEX_MALE));
        assertEquals(2, a.count(Indicator.BASIS_COMPULSORY_REHAB_ADULT));
        assertEquals(1, a.count(Indicator.DRUG_TESTS));
        assertEquals(1, a.count(Indicator.DRUG_TESTS_POSITIVE));
        assertEquals(0L, a.value(Indicator.WITH_MENTOR_PERCENT));
        assertFalse(f.containsKey(w.otherCommune), "another province's commune is not in this report");

        // The same cases (management started in March 2025, entered today) in a half-year already past:
        // entered after its cut-off, they do not change its figures.
        ReportPeriod past = periods.period(PeriodKind.HALF_YEAR, 2026, 1);
        Map<String, Figures> before =
                context().getBean(ReportCalculator.class).byCommune(provincePath, past, past.endsOn());
        assertFalse(before.containsKey(w.communeA), "cases entered after the cut-off count nowhere: " + before);
    }

    @Test
    void aCaseIsInTheCommuneThatHeldItOnTheDay() {
        UnitHistory h = new UnitHistory(
                "C",
                List.of(
                        new CaseMove("x", "B", "C", LocalDate.of(2026, 5, 1)),
                        new CaseMove("x", "A", "B", LocalDate.of(2026, 2, 1))));
        assertEquals("A", h.unitOn(LocalDate.of(2026, 1, 31)));
        assertEquals("B", h.unitOn(LocalDate.of(2026, 2, 1)), "from the move date on, the new commune");
        assertEquals("C", h.unitOn(LocalDate.of(2026, 5, 1)));
        assertEquals(
                List.of(
                        new UnitHistory.Stay("A", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 31)),
                        new UnitHistory.Stay("B", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30)),
                        new UnitHistory.Stay("C", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 14))),
                h.staysWithin(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14)));
    }
}
