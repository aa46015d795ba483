package vn.donghanh.report.periodic;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reporting regime, all of it configuration because every province's plan sets its own. Dates
 * are day-month as "dd/MM". Deadlines are one entry per period of the kind, in order
 * ("HALF_YEAR=10/06,10/12;YEAR=10/12"); a province (by its admin-unit code) may replace any kind's
 * deadlines and which kinds it asks for.
 */
@ConfigurationProperties("donghanh.report")
public class ReportSettings {
    /** The day the report year starts in the previous calendar year (national regime: 15/12). */
    private String yearStarts = "15/12";
    /** The first report year that exists (nothing before the service was used). */
    private int firstYear = 2025;
    /** The kinds of report every province asks for, unless it says otherwise. */
    private List<PeriodKind> kinds = List.of(PeriodKind.HALF_YEAR, PeriodKind.YEAR);
    /** Each kind's deadlines, one per period, in order. */
    private String deadlines = "QUARTER=10/03,10/06,10/09,10/12;HALF_YEAR=10/06,10/12;YEAR=10/12";
    /** Per province code: replacement deadlines, same syntax (only the kinds named are replaced). */
    private Map<String, String> provinceDeadlines = new HashMap<>();
    /** Per province code: the kinds it asks for, comma-separated ("QUARTER,HALF_YEAR,YEAR"). */
    private Map<String, String> provinceKinds = new HashMap<>();
    /** How long before its deadline a report may be submitted (figures then count to the day of submission). */
    private Period submitFrom = Period.ofDays(20);
    /** How long before the deadline officers are reminded of a report not yet submitted. */
    private Period remindBefore = Period.ofDays(5);
    /** How often the reminder job looks. */
    private Duration scanInterval = Duration.ofHours(1);

    public String getYearStarts() {
        return yearStarts;
    }

    public void setYearStarts(String yearStarts) {
        this.yearStarts = yearStarts;
    }

    public int getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(int firstYear) {
        this.firstYear = firstYear;
    }

    public List<PeriodKind> getKinds() {
        return kinds;
    }

    public void setKinds(List<PeriodKind> kinds) {
        this.kinds = kinds;
    }

    public String getDeadlines() {
        return deadlines;
    }

    public void setDeadlines(String deadlines) {
        this.deadlines = deadlines;
    }

    public Map<String, String> getProvinceDeadlines() {
        return provinceDeadlines;
    }

    public void setProvinceDeadlines(Map<String, String> provinceDeadlines) {
        this.provinceDeadlines = provinceDeadlines;
    }

    public Map<String, String> getProvinceKinds() {
        return provinceKinds;
    }

    public void setProvinceKinds(Map<String, String> provinceKinds) {
        this.provinceKinds = provinceKinds;
    }

    public Period getSubmitFrom() {
        return submitFrom;
    }

    public void setSubmitFrom(Period submitFrom) {
        this.submitFrom = submitFrom;
    }

    public Period getRemindBefore() {
        return remindBefore;
    }

    public void setRemindBefore(Period remindBefore) {
        this.remindBefore = remindBefore;
    }

    public Duration getScanInterval() {
        return scanInterval;
    }

    public void setScanInterval(Duration scanInterval) {
        this.scanInterval = scanInterval;
    }
}
