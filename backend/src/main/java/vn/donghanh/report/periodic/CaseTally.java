package vn.donghanh.report.periodic;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.casefile.ManagementBasis;
import vn.donghanh.casefile.Sex;
import vn.donghanh.drugtest.DrugTestService;
import vn.donghanh.help.HelpService;
import vn.donghanh.mentoring.MentoringService;
import vn.donghanh.referral.ReferralModels;
import vn.donghanh.referral.ReferralService;
import vn.donghanh.referral.ReferralStatus;
import vn.donghanh.report.periodic.ReportCalculator.Span;
import vn.donghanh.transfer.TransferService;

/**
 * The definitions of {@code i18n/report_vi.properties} applied to one chunk of cases, whose facts
 * the features' services have read in one query each. Plain arithmetic, no database: each figure a
 * case adds goes to the commune that held it on the day that figure is about.
 */
final class CaseTally {
    /** Statuses of a person under management (not paused, not closed). */
    static final Set<CaseStatus> UNDER_MANAGEMENT =
            EnumSet.of(CaseStatus.ACTIVE, CaseStatus.ABSENT, CaseStatus.RELAPSED);

    private static final Map<ManagementBasis, Indicator> BASIS = Map.of(
            ManagementBasis.COMPULSORY_REHAB_ADULT, Indicator.BASIS_COMPULSORY_REHAB_ADULT,
            ManagementBasis.COMPULSORY_REHAB_MINOR, Indicator.BASIS_COMPULSORY_REHAB_MINOR,
            ManagementBasis.VOLUNTARY_REHAB, Indicator.BASIS_VOLUNTARY_REHAB,
            ManagementBasis.OPIOID_SUBSTITUTION, Indicator.BASIS_OPIOID_SUBSTITUTION,
            ManagementBasis.DRUG_USE_MANAGEMENT, Indicator.BASIS_DRUG_USE_MANAGEMENT);
    private static final Map<Sex, Indicator> SEX =
            Map.of(Sex.MALE, Indicator.SEX_MALE, Sex.FEMALE, Indicator.SEX_FEMALE, Sex.OTHER, Indicator.SEX_OTHER);

    /** What the services returned for one chunk of cases. */
    record Inputs(
            Map<String, CaseQueries.ReportFacts> facts,
            Map<String, List<TransferService.CaseMove>> moves,
            Map<String, List<CaseQueries.StatusChange>> statusChanges,
            List<MentoringService.AssignmentSpan> assignments,
            List<DrugTestService.TestFact> drugTests,
            List<ReferralService.ReferralPath> referrals,
            List<ReferralService.RetentionAnswer> retention,
            List<HelpService.AskedAndAnswered> help) {}

    private CaseTally() {}

    static void count(Inputs in, Span span, Tally tally, Map<String, Set<String>> mentorsByCommune) {
        Map<String, List<MentoringService.AssignmentSpan>> assignments =
                byCase(in.assignments(), MentoringService.AssignmentSpan::caseId);
        Map<String, List<DrugTestService.TestFact>> tests = byCase(in.drugTests(), DrugTestService.TestFact::caseId);
        Map<String, List<ReferralService.ReferralPath>> referrals =
                byCase(in.referrals(), ReferralService.ReferralPath::caseId);
        Map<String, List<ReferralService.RetentionAnswer>> retention =
                byCase(in.retention(), ReferralService.RetentionAnswer::caseId);
        Map<String, List<HelpService.AskedAndAnswered>> help = byCase(in.help(), HelpService.AskedAndAnswered::caseId);
        LocalDate end = span.until();
        for (CaseQueries.ReportFacts f : in.facts().values()) {
            String id = f.id();
            UnitHistory history = new UnitHistory(f.adminUnitId(), in.moves().get(id));
            List<CaseQueries.StatusChange> changes = in.statusChanges().getOrDefault(id, List.of());

            // Stocks on the as-of day, in the commune holding the case that day.
            String unitAtEnd = history.unitOn(end);
            CaseStatus status = CaseQueries.statusOn(changes, end);
            if (tally.inside(unitAtEnd) && status != null && UNDER_MANAGEMENT.contains(status)) {
                tally.add(unitAtEnd, Indicator.UNDER_MANAGEMENT);
                tally.add(unitAtEnd, BASIS.get(f.basis()));
                tally.add(unitAtEnd, SEX.get(f.sex()));
                if (f.dateOfBirth().plusYears(18).isAfter(end)) {
                    tally.add(unitAtEnd, Indicator.MINORS);
                }
                boolean withMentor = false;
                for (MentoringService.AssignmentSpan a : assignments.getOrDefault(id, List.of())) {
                    if (!a.startDate().isAfter(end)
                            && (a.endDate() == null || a.endDate().isAfter(end))) {
                        withMentor = true;
                        mentorsByCommune
                                .computeIfAbsent(unitAtEnd, k -> new HashSet<>())
                                .add(a.mentorId());
                    }
                }
                if (withMentor) {
                    tally.add(unitAtEnd, Indicator.WITH_MENTOR);
                }
                if (workingOn(
                        end, referrals.getOrDefault(id, List.of()), retention.getOrDefault(id, List.of()), span)) {
                    tally.add(unitAtEnd, Indicator.WORKING_AT_END);
                }
            }
            if (status == CaseStatus.ABSENT) {
                tally.add(unitAtEnd, Indicator.ABSENT);
            }

            // Flows in the period, in the commune holding the case on the day.
            if (span.contains(f.startDate())) {
                tally.add(history.unitOn(f.startDate()), Indicator.NEWLY_MANAGED);
            }
            CaseStatus previous = null;
            for (CaseQueries.StatusChange c : changes) {
                LocalDate day = c.effectiveDate();
                if (span.contains(day)) {
                    String unit = history.unitOn(day);
                    switch (c.status()) {
                        case RELAPSED -> tally.addOnce(unit, Indicator.RELAPSED, id);
                        case SUSPENDED -> {
                            if (previous == CaseStatus.RELAPSED) {
                                tally.addOnce(unit, Indicator.RETURNED_TO_REHAB, id);
                            }
                        }
                        case COMPLETED -> tally.add(unit, Indicator.COMPLETED);
                        case DECEASED -> tally.add(unit, Indicator.DECEASED);
                        default -> {}
                    }
                }
                previous = c.status();
            }
            for (DrugTestService.TestFact t : tests.getOrDefault(id, List.of())) {
                String unit = history.unitOn(t.testedOn());
                tally.add(unit, Indicator.DRUG_TESTS);
                if (t.positive()) {
                    tally.add(unit, Indicator.DRUG_TESTS_POSITIVE);
                }
            }
            for (ReferralService.ReferralPath r : referrals.getOrDefault(id, List.of())) {
                Indicator reached = reachedIndicator(r.kind());
                ReferralStatus target =
                        r.kind() == ReferralModels.Kind.COURSE ? ReferralStatus.ENROLLED : ReferralStatus.PLACED;
                for (ReferralModels.StepView s : r.steps()) {
                    if (reached != null && s.toStatus() == target && span.contains(s.date())) {
                        tally.addOnce(history.unitOn(s.date()), reached, id);
                    }
                }
            }
            for (ReferralService.RetentionAnswer a : retention.getOrDefault(id, List.of())) {
                LocalDate day = a.answeredAt().atZone(span.zone()).toLocalDate();
                if (span.contains(day) && (a.months() == 3 || a.months() == 6)) {
                    String unit = history.unitOn(day);
                    boolean three = a.months() == 3;
                    tally.add(unit, three ? Indicator.RETENTION_3M_CHECKED : Indicator.RETENTION_6M_CHECKED);
                    if (a.outcome() == ReferralModels.Outcome.STILL_ACTIVE) {
                        tally.add(unit, three ? Indicator.RETENTION_3M_KEPT : Indicator.RETENTION_6M_KEPT);
                    }
                }
            }
            for (HelpService.AskedAndAnswered h : help.getOrDefault(id, List.of())) {
                String unit = history.unitOn(h.askedAt().atZone(span.zone()).toLocalDate());
                tally.add(unit, Indicator.HELP_REQUESTS);
                if (h.answeredAt() != null && h.answeredAt().isBefore(span.endInstant())) {
                    tally.add(unit, Indicator.HELP_ANSWERED);
                    tally.addHelpMinutes(unit, Span.minutes(h.askedAt(), h.answeredAt()));
                }
            }
        }
    }

    /** The figure a referral of this kind adds when it reaches its goal (a course: enrolled; a job, a loan: placed). */
    private static Indicator reachedIndicator(ReferralModels.Kind kind) {
        return switch (kind) {
            case COURSE -> Indicator.IN_TRAINING;
            case JOB -> Indicator.EMPLOYED;
            case LOAN -> Indicator.LOANS;
            default -> null;
        };
    }

    /**
     * Whether on {@code day} the person was in a course (its referral's status that day ENROLLED) or in a
     * job (PLACED), unless that referral's latest retention answer by then said they had stopped.
     */
    static boolean workingOn(
            LocalDate day,
            List<ReferralService.ReferralPath> referrals,
            List<ReferralService.RetentionAnswer> answers,
            Span span) {
        for (ReferralService.ReferralPath r : referrals) {
            ReferralStatus statusThen = null;
            for (ReferralModels.StepView s : r.steps()) {
                if (!s.date().isAfter(day)) {
                    statusThen = s.toStatus();
                }
            }
            boolean working = (r.kind() == ReferralModels.Kind.COURSE && statusThen == ReferralStatus.ENROLLED)
                    || (r.kind() == ReferralModels.Kind.JOB && statusThen == ReferralStatus.PLACED);
            if (!working) {
                continue;
            }
            ReferralService.RetentionAnswer latest = null;
            for (ReferralService.RetentionAnswer a : answers) {
                if (a.referralId().equals(r.referralId())
                        && !a.answeredAt().atZone(span.zone()).toLocalDate().isAfter(day)
                        && (latest == null || a.answeredAt().isAfter(latest.answeredAt()))) {
                    latest = a;
                }
            }
            if (latest == null || latest.outcome() != ReferralModels.Outcome.STOPPED) {
                return true;
            }
        }
        return false;
    }

    private static <T> Map<String, List<T>> byCase(List<T> rows, Function<T, String> caseId) {
        return rows.isEmpty() ? new HashMap<>() : rows.stream().collect(Collectors.groupingBy(caseId));
    }
}
