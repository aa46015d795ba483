package vn.donghanh.report.periodic;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.donghanh.account.AccountEntity;
import vn.donghanh.account.AccountService;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitLevel;
import vn.donghanh.adminunit.AdminUnitModels.AdminUnit;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;

/**
 * Reminds a commune's officers of a report due soon: for every period its province asks for whose
 * submission window is open and whose deadline is at most {@code donghanh.report.remind-before}
 * away (and not past), a commune without a version in force gets one REPORT_DUE per officer, once
 * (the report_reminder row is claimed by its INSERT, so two instances never both send).
 */
@Singleton
public class ReportReminderJob {
    private static final Logger LOG = LoggerFactory.getLogger(ReportReminderJob.class);

    private final ReportStore store;
    private final ReportPeriods periods;
    private final AdminUnitService units;
    private final AccountService accounts;
    private final Notifier notifier;
    private final ServiceTime time;
    private final Period remindBefore;

    ReportReminderJob(
            ReportStore store,
            ReportPeriods periods,
            AdminUnitService units,
            AccountService accounts,
            Notifier notifier,
            ServiceTime time,
            ReportSettings settings) {
        this.store = store;
        this.periods = periods;
        this.units = units;
        this.accounts = accounts;
        this.notifier = notifier;
        this.time = time;
        this.remindBefore = settings.getRemindBefore();
    }

    @Scheduled(
            fixedDelay = "${donghanh.report.scan-interval:1h}",
            initialDelay = "${donghanh.report.scan-initial-delay:90s}")
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.error("Report reminder scan failed; it runs again at the next interval", e);
        }
    }

    /** Sends every reminder due today; how many communes were reminded. */
    @Transactional
    public int runOnce() {
        LocalDate today = time.today();
        Instant now = time.now();
        ReportWords words = ReportWords.of(Locale.forLanguageTag("vi"));
        Map<String, List<AdminUnitEntity>> communesByProvince = communesByProvince();
        // The communes to remind, by period: those of the provinces for which the period is due soon.
        Map<ReportPeriod, List<AdminUnitEntity>> due = new LinkedHashMap<>();
        Map<ReportPeriod, Map<String, LocalDate>> deadlines = new HashMap<>();
        communesByProvince.forEach((province, communes) -> {
            for (ReportPeriod p : periods.begunBy(province, today)) {
                LocalDate deadline = periods.deadline(province, p);
                boolean open = !today.isBefore(periods.opensOn(province, p));
                boolean soon = !deadline.isBefore(today) && !deadline.isAfter(today.plus(remindBefore));
                if (open && soon) {
                    due.computeIfAbsent(p, k -> new ArrayList<>()).addAll(communes);
                    Map<String, LocalDate> byCommune = deadlines.computeIfAbsent(p, k -> new HashMap<>());
                    communes.forEach(c -> byCommune.put(c.id(), deadline));
                }
            }
        });
        int reminded = 0;
        for (Map.Entry<ReportPeriod, List<AdminUnitEntity>> e : due.entrySet()) {
            ReportPeriod p = e.getKey();
            Set<String> inForce = store.unitsInForce(p.code());
            List<AdminUnitEntity> owing =
                    e.getValue().stream().filter(c -> !inForce.contains(c.id())).toList();
            Map<String, List<AccountEntity>> officers =
                    accounts
                            .activeOfficersIn(
                                    owing.stream().map(AdminUnitEntity::id).toList())
                            .stream()
                            .collect(Collectors.groupingBy(AccountEntity::adminUnitId));
            for (AdminUnitEntity c : owing) {
                List<AccountEntity> theirs = officers.get(c.id());
                if (theirs == null || !store.claimReminder(c.id(), p.code(), now)) {
                    continue;
                }
                String deadline = ReportWords.date(deadlines.get(p).get(c.id()));
                for (AccountEntity officer : theirs) {
                    notifier.notify(
                            officer.id(),
                            NotificationText.REPORT_DUE,
                            Notifier.Priority.NORMAL,
                            null,
                            null,
                            "report-due:" + p.code() + ":" + c.id() + ":" + officer.id(),
                            words.periodInSentence(p),
                            c.name(),
                            deadline);
                }
                reminded++;
            }
        }
        return reminded;
    }

    /** Every commune of the country by its province's admin-unit code, in two queries. */
    private Map<String, List<AdminUnitEntity>> communesByProvince() {
        AdminUnitEntity nation =
                units.unitsOf(List.of(AdminUnitService.NATION_ID)).get(AdminUnitService.NATION_ID);
        if (nation == null) {
            return Map.of();
        }
        List<AdminUnit> communes = units.communesUnder(nation.path());
        Map<String, AdminUnitEntity> byId =
                units.unitsOf(communes.stream().map(AdminUnit::id).toList());
        Map<String, String> provinceOf = new HashMap<>();
        byId.values().forEach(c -> {
            String[] steps = c.path().split("/");
            if (steps.length > 2) {
                provinceOf.put(c.id(), steps[2]);
            }
        });
        Map<String, AdminUnitEntity> provinces = units.unitsOf(Set.copyOf(provinceOf.values()));
        Map<String, List<AdminUnitEntity>> out = new HashMap<>();
        provinceOf.forEach((commune, provinceId) -> {
            AdminUnitEntity p = provinces.get(provinceId);
            if (p != null && AdminUnitLevel.valueOf(p.level()) == AdminUnitLevel.PROVINCE) {
                out.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(byId.get(commune));
            }
        });
        return out;
    }
}
