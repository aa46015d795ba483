package vn.donghanh.report.periodic;

import java.time.LocalDate;

/**
 * One reporting period: its code ("2026-H1"), kind, the report year (the year its data ends in), its
 * number within the year (1 for a year), and the days its data runs over, both included
 * ({@code startsOn} to the cut-off {@code endsOn}: by default, the national statistical reporting
 * regime's 15/12 of the previous year to 14/6 for the first six months).
 */
public record ReportPeriod(String code, PeriodKind kind, int year, int index, LocalDate startsOn, LocalDate endsOn) {
    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
