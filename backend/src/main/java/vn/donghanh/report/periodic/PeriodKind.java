package vn.donghanh.report.periodic;

/** How long a reporting period is, and its letter in a period code ("2026-Q1", "2026-H2", "2026-Y"). */
public enum PeriodKind {
    QUARTER("Q", 3, 4),
    HALF_YEAR("H", 6, 2),
    YEAR("Y", 12, 1);

    private final String letter;
    private final int months;
    private final int perYear;

    PeriodKind(String letter, int months, int perYear) {
        this.letter = letter;
        this.months = months;
        this.perYear = perYear;
    }

    public String letter() {
        return letter;
    }

    public int months() {
        return months;
    }

    /** How many periods of this kind a year has (4, 2, 1). */
    public int perYear() {
        return perYear;
    }
}
