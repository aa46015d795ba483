package vn.donghanh.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.donghanh.adminunit.AdminUnitLevel;
import vn.donghanh.casefile.CaseQueries.StatusChange;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.report.CommuneSummaryService.CommuneFigures;

/** A district's or province's figures are its communes' added up: shares of the sums, the median of all times. */
class UnitFiguresTest {
    private static CommuneFigures commune(
            long active, long withMentor, long expected, long satisfied, long under, long working, List<Long> minutes) {
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            byStatus.put(s, 0L);
        }
        byStatus.put(CaseStatus.ACTIVE, active);
        byStatus.put(CaseStatus.COMPLETED, 1L);
        return new CommuneFigures(
                new ReportModels.UnitCounts("id", "code", "name", byStatus, withMentor),
                expected,
                satisfied,
                1,
                under,
                working,
                2,
                minutes);
    }

    @Test
    void sharesAreOfTheSumsAndTheMedianIsOfEveryTimeTogether() {
        UnitReport.Unit district = new UnitReport.Unit("d", "D", "Huyện", AdminUnitLevel.DISTRICT);
        UnitReport.Figures f = UnitReportService.add(
                district,
                List.of(commune(3, 3, 10, 10, 3, 0, List.of(5L, 7L)), commune(1, 0, 30, 0, 1, 1, List.of(300L))));
        assertEquals(4, f.byStatus().get(CaseStatus.ACTIVE));
        assertEquals(2, f.byStatus().get(CaseStatus.COMPLETED));
        assertEquals(75, f.mentorCoveragePercent(), "3 of 4, not the mean of 100% and 0%");
        assertEquals(25, f.compliancePercentThisMonth(), "10 of 40");
        assertEquals(7L, f.medianMinutesToFirstAction(), "of 5, 7, 300");
        assertEquals(25, f.employedOrInTrainingPercent());
        assertEquals(2, f.overdueCases());
        assertEquals(4, f.alertsThisMonth());
        assertEquals(2, f.communes());
    }

    @Test
    void aUnitWithoutCommunesHasNoShares() {
        UnitReport.Figures f =
                UnitReportService.add(new UnitReport.Unit("d", "D", "Huyện", AdminUnitLevel.DISTRICT), List.of());
        assertNull(f.mentorCoveragePercent());
        assertNull(f.compliancePercentThisMonth());
        assertNull(f.medianMinutesToFirstAction());
        assertEquals(0, f.byStatus().get(CaseStatus.ACTIVE));
    }

    @Test
    void aCasesStatusOnADayIsItsLastChangeEffectiveByThen() {
        List<StatusChange> history = List.of(
                new StatusChange(LocalDate.of(2026, 3, 10), CaseStatus.ACTIVE),
                new StatusChange(LocalDate.of(2026, 6, 1), CaseStatus.SUSPENDED),
                new StatusChange(LocalDate.of(2026, 8, 15), CaseStatus.ACTIVE));
        assertNull(UnitReportService.statusOn(history, LocalDate.of(2026, 2, 28)), "not registered yet");
        assertEquals(CaseStatus.ACTIVE, UnitReportService.statusOn(history, LocalDate.of(2026, 3, 31)));
        assertEquals(CaseStatus.SUSPENDED, UnitReportService.statusOn(history, LocalDate.of(2026, 7, 31)));
        assertEquals(CaseStatus.ACTIVE, UnitReportService.statusOn(history, LocalDate.of(2026, 8, 31)));
    }
}
