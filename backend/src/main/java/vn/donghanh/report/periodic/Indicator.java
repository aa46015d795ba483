package vn.donghanh.report.periodic;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The indicators of the periodic report (the provincial plans' reporting regime), in the order and
 * with the numbers they are printed under. Each indicator's words (label, unit of measure, how it is
 * counted) live once, in {@code i18n/report_vi|en.properties} under {@code report.indicator.<NAME>.*};
 * the README's table of definitions is checked against them by {@code IndicatorWordsTest}.
 *
 * <p>COUNT indicators are what a submission freezes; a PERCENT is computed from two counts and a
 * MEDIAN from the frozen samples, so a province's total is the same arithmetic over its communes'
 * counts, never an average of averages.
 */
public enum Indicator {
    // I. Persons under management
    UNDER_MANAGEMENT("1", Section.MANAGEMENT, Measure.PERSONS),
    BASIS_COMPULSORY_REHAB_ADULT("1.1", Section.MANAGEMENT, Measure.PERSONS),
    BASIS_COMPULSORY_REHAB_MINOR("1.2", Section.MANAGEMENT, Measure.PERSONS),
    BASIS_VOLUNTARY_REHAB("1.3", Section.MANAGEMENT, Measure.PERSONS),
    BASIS_OPIOID_SUBSTITUTION("1.4", Section.MANAGEMENT, Measure.PERSONS),
    BASIS_DRUG_USE_MANAGEMENT("1.5", Section.MANAGEMENT, Measure.PERSONS),
    SEX_MALE("1.6", Section.MANAGEMENT, Measure.PERSONS),
    SEX_FEMALE("1.7", Section.MANAGEMENT, Measure.PERSONS),
    SEX_OTHER("1.8", Section.MANAGEMENT, Measure.PERSONS),
    MINORS("1.9", Section.MANAGEMENT, Measure.PERSONS),
    NEWLY_MANAGED("2", Section.MANAGEMENT, Measure.PERSONS),
    WITH_MENTOR("3", Section.MANAGEMENT, Measure.PERSONS),
    WITH_MENTOR_PERCENT("3.1", Section.MANAGEMENT, Measure.PERCENT, "WITH_MENTOR", "UNDER_MANAGEMENT"),
    MENTORS("4", Section.MANAGEMENT, Measure.PERSONS),
    MENTORS_YOUTH_UNION("4.1", Section.MANAGEMENT, Measure.PERSONS),
    MENTORS_WOMENS_UNION("4.2", Section.MANAGEMENT, Measure.PERSONS),
    MENTORS_VETERANS_ASSOCIATION("4.3", Section.MANAGEMENT, Measure.PERSONS),
    MENTORS_FARMERS_ASSOCIATION("4.4", Section.MANAGEMENT, Measure.PERSONS),
    MENTORS_VOLUNTEER_TEAM("4.5", Section.MANAGEMENT, Measure.PERSONS),
    MENTORS_OTHER("4.6", Section.MANAGEMENT, Measure.PERSONS),
    // II. Supervision in the period
    CHECKINS_EXPECTED("5", Section.SUPERVISION, Measure.TIMES),
    CHECKINS_KEPT("5.1", Section.SUPERVISION, Measure.TIMES),
    COMPLIANCE_PERCENT("5.2", Section.SUPERVISION, Measure.PERCENT, "CHECKINS_KEPT", "CHECKINS_EXPECTED"),
    DRUG_TESTS("6", Section.SUPERVISION, Measure.TIMES),
    DRUG_TESTS_POSITIVE("6.1", Section.SUPERVISION, Measure.TIMES),
    RELAPSED("7", Section.SUPERVISION, Measure.PERSONS),
    RETURNED_TO_REHAB("8", Section.SUPERVISION, Measure.PERSONS),
    ABSENT("9", Section.SUPERVISION, Measure.PERSONS),
    MOVED_IN("10", Section.SUPERVISION, Measure.PERSONS),
    MOVED_OUT("11", Section.SUPERVISION, Measure.PERSONS),
    COMPLETED("12", Section.SUPERVISION, Measure.PERSONS),
    CERTIFICATES_ISSUED("12.1", Section.SUPERVISION, Measure.CERTIFICATES),
    DECEASED("13", Section.SUPERVISION, Measure.PERSONS),
    // III. Reintegration
    IN_TRAINING("14", Section.REINTEGRATION, Measure.PERSONS),
    EMPLOYED("15", Section.REINTEGRATION, Measure.PERSONS),
    LOANS("16", Section.REINTEGRATION, Measure.PERSONS),
    WORKING_AT_END("17", Section.REINTEGRATION, Measure.PERSONS),
    WORKING_AT_END_PERCENT("17.1", Section.REINTEGRATION, Measure.PERCENT, "WORKING_AT_END", "UNDER_MANAGEMENT"),
    RETENTION_3M_CHECKED("18", Section.REINTEGRATION, Measure.TIMES),
    RETENTION_3M_KEPT("18.1", Section.REINTEGRATION, Measure.TIMES),
    RETENTION_3M_PERCENT("18.2", Section.REINTEGRATION, Measure.PERCENT, "RETENTION_3M_KEPT", "RETENTION_3M_CHECKED"),
    RETENTION_6M_CHECKED("19", Section.REINTEGRATION, Measure.TIMES),
    RETENTION_6M_KEPT("19.1", Section.REINTEGRATION, Measure.TIMES),
    RETENTION_6M_PERCENT("19.2", Section.REINTEGRATION, Measure.PERCENT, "RETENTION_6M_KEPT", "RETENTION_6M_CHECKED"),
    // IV. Help at any hour
    HELP_REQUESTS("20", Section.HELP, Measure.TIMES),
    HELP_ANSWERED("20.1", Section.HELP, Measure.TIMES),
    HELP_FIRST_CONTACT_MEDIAN("20.2", Section.HELP, Measure.MINUTES);

    /** The report's four parts, in print order. */
    public enum Section {
        MANAGEMENT,
        SUPERVISION,
        REINTEGRATION,
        HELP
    }

    /** What a figure is measured in; its word is {@code report.measure.<NAME>}. */
    public enum Measure {
        PERSONS,
        TIMES,
        CERTIFICATES,
        PERCENT,
        MINUTES;
    }

    private final String number;
    private final Section section;
    private final Measure measure;
    private final String numerator;
    private final String denominator;

    Indicator(String number, Section section, Measure measure) {
        this(number, section, measure, null, null);
    }

    Indicator(String number, Section section, Measure measure, String numerator, String denominator) {
        this.number = number;
        this.section = section;
        this.measure = measure;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The row number printed on the report ("1", "1.1", ...). */
    public String number() {
        return number;
    }

    public Section section() {
        return section;
    }

    public Measure measure() {
        return measure;
    }

    /** Whether a submission stores this figure (a count), rather than deriving it. */
    public boolean isCount() {
        return measure != Measure.PERCENT && measure != Measure.MINUTES;
    }

    /** A sub-row ("1.1") is printed indented under its parent. */
    public boolean isSubRow() {
        return number.contains(".");
    }

    /** For a PERCENT: the count it is a share of (null otherwise). */
    public @Nullable Indicator denominator() {
        return denominator == null ? null : valueOf(denominator);
    }

    /** For a PERCENT: the count that is the share (null otherwise). */
    public @Nullable Indicator numerator() {
        return numerator == null ? null : valueOf(numerator);
    }

    /** Every stored (count) indicator, in print order. */
    public static List<Indicator> counts() {
        return java.util.Arrays.stream(values()).filter(Indicator::isCount).toList();
    }

    /** Message key of a word about this indicator: {@code label}, {@code definition}. */
    public String key(String part) {
        return "report.indicator." + name() + "." + part;
    }
}
