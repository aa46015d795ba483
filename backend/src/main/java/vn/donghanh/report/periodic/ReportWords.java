package vn.donghanh.report.periodic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Properties;
import vn.donghanh.common.Bundles;
import vn.donghanh.report.periodic.PeriodicReportModels.State;

/**
 * The periodic report's words in one language ({@code i18n/report_vi|en.properties}): Vietnamese
 * unless the locale is English. Dates are always dd/MM/yyyy, as the official forms print them.
 */
public final class ReportWords {
    public static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Properties VI = Bundles.load("i18n/report_vi.properties");
    private static final Properties EN = Bundles.load("i18n/report_en.properties");
    private static final ReportWords VIETNAMESE = new ReportWords(VI, Locale.forLanguageTag("vi"));
    private static final ReportWords ENGLISH = new ReportWords(EN, Locale.ENGLISH);

    private final Properties words;
    private final Locale locale;

    private ReportWords(Properties words, Locale locale) {
        this.words = words;
        this.locale = locale;
    }

    public static ReportWords of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }

    public Locale locale() {
        return locale;
    }

    /** The words under {@code key}, {@code {0}}… filled in; the Vietnamese words if this language lacks the key. */
    public String text(String key, Object... args) {
        String template = words.getProperty(key, VI.getProperty(key));
        if (template == null) {
            throw new IllegalArgumentException("no report words " + key);
        }
        return Bundles.fill(template, args);
    }

    public String label(Indicator i) {
        return text(i.key("label"));
    }

    public String definition(Indicator i) {
        return text(i.key("definition"));
    }

    public String measure(Indicator i) {
        return text("report.measure." + i.measure().name());
    }

    public String section(Indicator.Section s) {
        return text("report.section." + s.name());
    }

    public String state(State s) {
        return text("report.state." + s.name());
    }

    /** "6 tháng đầu năm 2026", "Quý 3 năm 2026", "Năm 2026". */
    public String period(ReportPeriod p) {
        String key =
                switch (p.kind()) {
                    case QUARTER -> "report.period.QUARTER";
                    case HALF_YEAR -> "report.period.HALF_YEAR." + p.index();
                    case YEAR -> "report.period.YEAR";
                };
        return text(key, p.index(), String.valueOf(p.year()));
    }

    /** The period's label inside a sentence ("Báo cáo năm 2026 …", "Báo cáo 6 tháng cuối năm 2026 …"). */
    public String periodInSentence(ReportPeriod p) {
        String label = period(p);
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(locale) + label.substring(1);
    }

    /** "số liệu từ ngày 15/12/2025 đến ngày 14/06/2026". */
    public String range(ReportPeriod p) {
        return text("report.period.range", date(p.startsOn()), date(p.endsOn()));
    }

    public static String date(LocalDate d) {
        return DMY.format(d);
    }

    /** Upper case by the language's rules (đ → Đ). */
    public String upper(String s) {
        return s.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
