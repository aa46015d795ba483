package vn.donghanh.report.periodic;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.donghanh.account.AccountService;
import vn.donghanh.adminunit.AdminUnitModels.AdminUnit;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CertificateRegister;
import vn.donghanh.checkin.ComplianceService;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.common.SqlLists;
import vn.donghanh.drugtest.DrugTestService;
import vn.donghanh.help.HelpService;
import vn.donghanh.mentoring.MentoringService;
import vn.donghanh.organisation.OrganisationEntity;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.referral.ReferralService;
import vn.donghanh.transfer.TransferService;

/**
 * Counts the periodic report's figures for every commune at or below a unit, set-based from the
 * registry, supervision and referral data (through their services, a chunk of cases at a time,
 * never a query per case), each case counted in the commune that held it at the time: on the
 * as-of day for a stock (persons under management), on the day it happened for a flow. What each
 * figure means is written once, in {@code i18n/report_vi.properties}; {@link CaseTally} applies it.
 */
@Singleton
public class ReportCalculator {
    /** Cases read together: one query per feature per chunk. */
    static final int CHUNK = 1000;

    private final CaseService cases;
    private final AdminUnitService units;
    private final TransferService transfers;
    private final MentoringService mentoring;
    private final AccountService accounts;
    private final OrganisationService organisations;
    private final ComplianceService compliance;
    private final DrugTestService drugTests;
    private final ReferralService referrals;
    private final HelpService help;
    private final CertificateRegister certificates;
    private final Clock clock;
    private final ZoneId zone;

    public ReportCalculator(
            CaseService cases,
            AdminUnitService units,
            TransferService transfers,
            MentoringService mentoring,
            AccountService accounts,
            OrganisationService organisations,
            ComplianceService compliance,
            DrugTestService drugTests,
            ReferralService referrals,
            HelpService help,
            CertificateRegister certificates,
            ServiceTime time) {
        this.cases = cases;
        this.units = units;
        this.transfers = transfers;
        this.mentoring = mentoring;
        this.accounts = accounts;
        this.organisations = organisations;
        this.compliance = compliance;
        this.drugTests = drugTests;
        this.referrals = referrals;
        this.help = help;
        this.certificates = certificates;
        this.clock = time.clock();
        this.zone = time.zone();
    }

    /**
     * The figures of each commune at or below {@code unitPath} for the period, counted up to
     * {@code asOf} (the cut-off, or an earlier day while the period runs), by commune id. A commune
     * with nothing to count may be missing from the map. Only cases entered in the system by the
     * as-of day count, so a past period's figures do not move when an old case is registered late.
     */
    @Transactional(readOnly = true)
    public Map<String, Figures> byCommune(String unitPath, ReportPeriod period, LocalDate asOf) {
        LocalDate until = asOf.isAfter(period.endsOn()) ? period.endsOn() : asOf;
        Span span = new Span(period.startsOn(), until, zone);
        Set<String> communes = new HashSet<>();
        for (AdminUnit c : units.communesUnder(unitPath)) {
            communes.add(c.id());
        }
        Tally tally = new Tally(communes);

        Map<String, List<TransferService.CaseMove>> movesByCase = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>(cases.idsWithinUnit(unitPath, span.endInstant()));
        for (TransferService.CaseMove m : transfers.movesSince(span.from())) {
            // every move since the period began says where its case was before it, even one elsewhere
            movesByCase.computeIfAbsent(m.caseId(), k -> new ArrayList<>()).add(m);
            if (communes.contains(m.fromUnitId()) || communes.contains(m.toUnitId())) {
                ids.add(m.caseId()); // a case that left (or passed through) one of our communes
                if (span.contains(m.moveDate())) {
                    tally.add(m.fromUnitId(), Indicator.MOVED_OUT);
                    tally.add(m.toUnitId(), Indicator.MOVED_IN);
                }
            }
        }

        Map<String, Set<String>> mentorsByCommune = new HashMap<>();
        Instant now = clock.instant();
        for (List<String> chunk : SqlLists.chunks(new ArrayList<>(ids), CHUNK)) {
            Map<String, CaseQueries.ReportFacts> facts = cases.reportFacts(chunk);
            facts.values().removeIf(f -> !f.createdAt().isBefore(span.endInstant()));
            List<String> present = new ArrayList<>(facts.keySet());
            Map<String, List<CaseQueries.StatusChange>> statusChanges = cases.statusChanges(present);
            CaseTally.Inputs in = new CaseTally.Inputs(
                    facts,
                    movesByCase,
                    statusChanges,
                    mentoring.assignmentSpansOf(present),
                    drugTests.testsBetween(present, span.from(), span.until()),
                    referrals.pathsOf(present),
                    referrals.retentionAnswersOf(present),
                    help.askedBetween(present, span.startInstant(), span.endInstant()));
            CaseTally.count(in, span, tally, mentorsByCommune);
            countCheckins(facts, movesByCase, statusChanges, span, now, tally);
        }
        countMentorOrganisations(mentorsByCommune, tally);
        certificates
                .issuedBetween(communes, span.startInstant(), span.endInstant())
                .forEach((unit, n) -> tally.add(unit, Indicator.CERTIFICATES_ISSUED, n));
        return tally.figures();
    }

    /** The check-ins of the chunk, each window of a case counted in the commune that held it then. */
    private void countCheckins(
            Map<String, CaseQueries.ReportFacts> facts,
            Map<String, List<TransferService.CaseMove>> movesByCase,
            Map<String, List<CaseQueries.StatusChange>> statusChanges,
            Span span,
            Instant now,
            Tally tally) {
        List<ComplianceService.CaseRef> refs = new ArrayList<>();
        Map<String, List<ComplianceService.Window>> windows = new HashMap<>();
        Map<String, List<String>> windowUnits = new HashMap<>();
        for (CaseQueries.ReportFacts f : facts.values()) {
            UnitHistory history = new UnitHistory(f.adminUnitId(), movesByCase.get(f.id()));
            List<ComplianceService.Window> w = new ArrayList<>();
            List<String> u = new ArrayList<>();
            for (UnitHistory.Stay stay : history.staysWithin(span.from(), span.until())) {
                if (tally.inside(stay.unitId())) {
                    w.add(new ComplianceService.Window(stay.from(), stay.until().plusDays(1)));
                    u.add(stay.unitId());
                }
            }
            if (!w.isEmpty()) {
                refs.add(new ComplianceService.CaseRef(f.id(), null, f.adminUnitId(), f.zone()));
                windows.put(f.id(), w);
                windowUnits.put(f.id(), u);
            }
        }
        compliance.countsIn(refs, windows, statusChanges, now).forEach((caseId, counts) -> {
            List<String> u = windowUnits.get(caseId);
            for (int i = 0; i < counts.size(); i++) {
                tally.add(u.get(i), Indicator.CHECKINS_EXPECTED, counts.get(i).expected());
                tally.add(u.get(i), Indicator.CHECKINS_KEPT, counts.get(i).satisfied());
            }
        });
    }

    /** Each commune's mentors by the type of their organisation, in two queries for all of them. */
    private void countMentorOrganisations(Map<String, Set<String>> mentorsByCommune, Tally tally) {
        Set<String> mentorIds = new HashSet<>();
        mentorsByCommune.values().forEach(mentorIds::addAll);
        Map<String, String> orgOf = accounts.organisationsOf(mentorIds);
        Map<String, OrganisationEntity> orgs = organisations.entitiesByIds(new HashSet<>(orgOf.values()));
        mentorsByCommune.forEach((commune, mentors) -> {
            for (String mentor : mentors) {
                tally.add(commune, Indicator.MENTORS);
                OrganisationEntity org = orgs.get(orgOf.get(mentor));
                tally.add(commune, MentorOrganisations.indicatorFor(org == null ? null : org.type()));
            }
        });
    }

    /**
     * The days a report counts, [from, until] inclusive, and the instants they span in the service's
     * zone (Asia/Ho_Chi_Minh: help requests and certificates are stamped instants).
     */
    record Span(LocalDate from, LocalDate until, ZoneId zone) {
        boolean contains(LocalDate day) {
            return day != null && !day.isBefore(from) && !day.isAfter(until);
        }

        Instant startInstant() {
            return from.atStartOfDay(zone).toInstant();
        }

        Instant endInstant() {
            return until.plusDays(1).atStartOfDay(zone).toInstant();
        }

        static long minutes(Instant from, Instant to) {
            return Duration.between(from, to).toMinutes();
        }
    }
}
