package vn.donghanh.report.periodic;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reporting calendar from {@link ReportSettings}: which periods exist, the days each covers,
 * and each province's deadline. A deadline is the first date with its day-month on or after one
 * month before the period's cut-off (so "10/06" is 10 June of the period's year for the first six
 * months, and "15/01" for a year report would be the next January).
 */
@Singleton
public class ReportPeriods {
    private static final Pattern CODE = Pattern.compile("(\\d{4})-(Q[1-4]|H[12]|Y)");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    private final ReportSettings settings;
    private final MonthDay yearStarts;
    private final Map<PeriodKind, List<MonthDay>> deadlines;

    public ReportPeriods(ReportSettings settings) {
        this.settings = settings;
        this.yearStarts = MonthDay.parse(settings.getYearStarts(), DAY_MONTH);
        this.deadlines = parseDeadlines(settings.getDeadlines(), new EnumMap<>(PeriodKind.class));
        for (PeriodKind k : PeriodKind.values()) {
            List<MonthDay> d = deadlines.get(k);
            if (d == null || d.size() != k.perYear()) {
                throw new IllegalStateException("donghanh.report.deadlines needs " + k.perYear() + " dates for " + k);
            }
        }
        settings.getProvinceDeadlines().forEach((province, text) -> parseDeadlines(text, new EnumMap<>(deadlines)));
    }

    /** The period a code names ("2026-H1"), if the code is well formed and the year is not before the first. */
    public Optional<ReportPeriod> parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < settings.getFirstYear() || year > 9000) {
            return Optional.empty();
        }
        String part = m.group(2);
        PeriodKind kind =
                switch (part.charAt(0)) {
                    case 'Q' -> PeriodKind.QUARTER;
                    case 'H' -> PeriodKind.HALF_YEAR;
                    default -> PeriodKind.YEAR;
                };
        int index = kind == PeriodKind.YEAR ? 1 : part.charAt(1) - '0';
        return Optional.of(period(kind, year, index));
    }

    public ReportPeriod period(PeriodKind kind, int year, int index) {
        LocalDate yearStart = yearStarts.atYear(year - 1);
        LocalDate start = yearStart.plusMonths((long) kind.months() * (index - 1));
        LocalDate end = start.plusMonths(kind.months()).minusDays(1);
        String code = year + "-" + (kind == PeriodKind.YEAR ? "Y" : kind.letter() + index);
        return new ReportPeriod(code, kind, year, index, start, end);
    }

    /** The kinds of report a province asks for. */
    public List<PeriodKind> kindsOf(String provinceCode) {
        String own = byProvince(settings.getProvinceKinds(), provinceCode);
        if (own == null || own.isBlank()) {
            return settings.getKinds();
        }
        return Arrays.stream(own.split(","))
                .map(String::trim)
                .map(PeriodKind::valueOf)
                .sorted()
                .toList();
    }

    /** Whether a province asks for this kind of report at all. */
    public boolean asksFor(String provinceCode, ReportPeriod period) {
        return kindsOf(provinceCode).contains(period.kind());
    }

    /** The day a province's report for the period is due (on time when submitted on or before it). */
    public LocalDate deadline(String provinceCode, ReportPeriod period) {
        Map<PeriodKind, List<MonthDay>> own = deadlines;
        String text = byProvince(settings.getProvinceDeadlines(), provinceCode);
        if (text != null && !text.isBlank()) {
            own = parseDeadlines(text, new EnumMap<>(deadlines));
        }
        MonthDay md = own.get(period.kind()).get(period.index() - 1);
        LocalDate from = period.endsOn().minusMonths(1);
        LocalDate d = md.atYear(from.getYear());
        return d.isBefore(from) ? md.atYear(from.getYear() + 1) : d;
    }

    /** The first day a report may be submitted: {@code submit-from} before its deadline, not before the period starts. */
    public LocalDate opensOn(String provinceCode, ReportPeriod period) {
        LocalDate opens = deadline(provinceCode, period).minus(settings.getSubmitFrom());
        return opens.isBefore(period.startsOn()) ? period.startsOn() : opens;
    }

    /**
     * Every period a province asks for that has begun by {@code today}, newest first (by start, then
     * the longer kind first), back to the first report year.
     */
    public List<ReportPeriod> begunBy(String provinceCode, LocalDate today) {
        List<ReportPeriod> out = new ArrayList<>();
        for (int year = settings.getFirstYear(); year <= today.getYear() + 1; year++) {
            for (PeriodKind kind : kindsOf(provinceCode)) {
                for (int i = 1; i <= kind.perYear(); i++) {
                    ReportPeriod p = period(kind, year, i);
                    if (!p.startsOn().isAfter(today)) {
                        out.add(p);
                    }
                }
            }
        }
        out.sort((a, b) -> {
            int byEnd = b.endsOn().compareTo(a.endsOn());
            return byEnd != 0 ? byEnd : b.kind().compareTo(a.kind());
        });
        return out;
    }

    /**
     * A province's entry, its code compared without case (configuration keys may reach Micronaut as
     * "demo-tn" for "DEMO-TN").
     */
    private static String byProvince(Map<String, String> entries, String provinceCode) {
        if (provinceCode == null) {
            return null;
        }
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (e.getKey().equalsIgnoreCase(provinceCode)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Map<PeriodKind, List<MonthDay>> parseDeadlines(String text, Map<PeriodKind, List<MonthDay>> into) {
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] kv = entry.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalStateException("a report deadline entry is KIND=dd/MM,...: " + entry);
            }
            PeriodKind kind = PeriodKind.valueOf(kv[0].trim());
            List<MonthDay> days = Arrays.stream(kv[1].split(","))
                    .map(s -> MonthDay.parse(s.trim(), DAY_MONTH))
                    .toList();
            if (days.size() != kind.perYear()) {
                throw new IllegalStateException(
                        "report deadlines for " + kind + " need " + kind.perYear() + " dates: " + entry);
            }
            into.put(kind, days);
        }
        return into;
    }
}
