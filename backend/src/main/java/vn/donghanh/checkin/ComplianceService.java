package vn.donghanh.checkin;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Page;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.common.Times;
import vn.donghanh.referral.ReferralModels;
import vn.donghanh.referral.ReferralService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/** Compliance per case, the officer's overdue list, and the figures the commune summary aggregates. */
@Singleton
public class ComplianceService {
    /** Open cases loaded and evaluated at a time (three IN-list queries per chunk): bounds memory, never what is seen. */
    public static final int CHUNK = 1000;
    /** The largest page of the overdue list. */
    public static final int MAX_OVERDUE_PAGE = 1000;

    private final CheckinPlanRepository plans;
    private final SupervisionRecords records;
    private final CaseService cases;
    private final AuditLog audit;
    private final ReferralService referrals;
    private final List<OverdueSource> otherSources;
    private final SupervisionWatch watch;
    private final Clock clock;
    private final ZoneId defaultZone;

    public ComplianceService(
            CheckinPlanRepository plans,
            SupervisionRecords records,
            CaseService cases,
            AuditLog audit,
            ReferralService referrals,
            List<OverdueSource> otherSources,
            SupervisionWatch watch,
            ServiceTime time) {
        this.plans = plans;
        this.records = records;
        this.cases = cases;
        this.audit = audit;
        this.referrals = referrals;
        this.otherSources = otherSources;
        this.watch = watch;
        this.clock = time.clock();
        this.defaultZone = time.zone();
    }

    /** The little of a case that compliance needs. */
    public record CaseRef(String id, String fullName, String adminUnitId, ZoneId zone) {}

    @Transactional
    public CheckinModels.Compliance forCase(Caller caller, String caseId, LocalDate from, LocalDate to) {
        CaseEntity c = cases.inScope(caller, caseId);
        ZoneId zone = ZoneId.of(c.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate f = from != null ? from : today.withDayOfMonth(1);
        LocalDate t = to != null ? to : today.plusDays(1);
        if (!t.isAfter(f)) {
            throw ApiException.badField("to", "must be after from");
        }
        if (f.plusYears(3).isBefore(t)) {
            throw ApiException.badField("to", "the period is limited to three years");
        }
        audit.append(AuditEntry.of(caller, AuditAction.COMPLIANCE_READ, caseId, "compliance", f + ".." + t));
        CaseRef ref = new CaseRef(c.id(), c.fullName(), c.adminUnitId(), zone);
        return new CheckinModels.Compliance(
                caseId, f, t, evaluate(List.of(ref), f, t, null).getOrDefault(caseId, List.of()));
    }

    /**
     * Who is overdue, for what (a plan, or a retention check after a placement), since when: the
     * longest first, one page after {@code cursor}, in (overdueSince, caseId, seriesId or check id)
     * order. Plans come from the indexed {@code supervision_watch} ({@link SupervisionWatch}): the
     * first stored overdue rows after the cursor, plus the rows in scope that are due now (touched
     * by a write, or a deadline passed since the last scan) evaluated live, so a check-in just
     * recorded leaves the list at once. Work per page is a page of rows and the due rows in scope,
     * not an evaluation of every case.
     */
    @Transactional
    public Page<CheckinModels.OverdueItem> overdue(Caller caller, String cursor, int limit) {
        if (!caller.is(Role.OFFICER)) {
            throw ApiException.forbidden("the overdue list is the officers' view");
        }
        OverdueKey after = cursor == null ? null : OverdueKey.decode(cursor);
        CaseScope scope = CaseScope.of(caller);
        Instant now = clock.instant();
        FirstItems first = new FirstItems(after, limit + 1);
        List<SupervisionWatch.Overdue> stored = after == null
                ? watch.overdueAfter(scope, now, null, null, null, limit + 1)
                : watch.overdueAfter(scope, now, after.since(), after.caseId(), after.subjectId(), limit + 1);
        Map<String, vn.donghanh.casefile.CaseQueries.CaseLabel> labels = cases.labels(
                stored.stream().map(SupervisionWatch.Overdue::caseId).toList());
        for (SupervisionWatch.Overdue o : stored) {
            var label = labels.get(o.caseId());
            first.offer(planItem(
                    o.caseId(), label.fullName(), label.adminUnitId(), o.kind(), o.seriesId(), o.since(), now));
        }
        Live live = evaluateDue(scope, now);
        live.states().forEach((caseId, list) -> {
            CaseRef ref = live.refs().get(caseId);
            for (PlanState p : list) {
                if (p.overdueSince() != null && live.due().contains(new SupervisionWatch.Key(caseId, p.seriesId()))) {
                    first.offer(planItem(
                            caseId, ref.fullName(), ref.adminUnitId(), p.kind(), p.seriesId(), p.overdueSince(), now));
                }
            }
        });
        referrals.forEachUnansweredDue(scope, checks -> {
            for (ReferralModels.RetentionCheck check : checks) {
                OffsetDateTime since =
                        Times.utc(check.dueOn().atStartOfDay(defaultZone).toInstant());
                first.offer(new CheckinModels.OverdueItem(
                        check.caseId(),
                        check.fullName(),
                        check.adminUnitId(),
                        OverdueKind.RETENTION_CHECK,
                        null,
                        check.id(),
                        since,
                        Math.max(0, Duration.between(since.toInstant(), now).toHours()),
                        null));
            }
        });
        for (OverdueSource source : otherSources) {
            source.overdue(caller, now).forEach(first::offer);
        }
        List<CheckinModels.OverdueItem> items = first.sorted();
        Page<CheckinModels.OverdueItem> page =
                Page.ofOverfetched(items, limit, last -> OverdueKey.of(last).encode());
        audit.appendAll(page.items().stream()
                .map(CheckinModels.OverdueItem::caseId)
                .distinct()
                .map(id -> AuditEntry.of(caller, AuditAction.CASE_LIST, id, "overdue", null))
                .toList());
        return page;
    }

    private static CheckinModels.OverdueItem planItem(
            String caseId, String fullName, String unitId, PlanKind kind, String seriesId, Instant since, Instant now) {
        return new CheckinModels.OverdueItem(
                caseId,
                fullName,
                unitId,
                OverdueKind.of(kind),
                seriesId,
                null,
                Times.utc(since),
                Duration.between(since, now).toHours(),
                null);
    }

    /**
     * The cases in the officer's scope with a check-in overdue now (any plan kind; retention checks
     * are not check-ins): the case list's "overdue" filter. Only ids: the list that shows them audits.
     * Stored overdue rows that are not due, and the due rows evaluated live, as {@link #overdue} does.
     */
    @Transactional
    public Set<String> overdueCaseIds(Caller caller) {
        if (!caller.is(Role.OFFICER)) {
            throw ApiException.forbidden("the overdue list is the officers' view");
        }
        return overdueCaseIdsIn(CaseScope.of(caller));
    }

    /**
     * The cases in {@code scope} with a check-in overdue now, whoever asks (the commune summary counts
     * them for a unit; it names nobody): the stored state, and the due rows evaluated live.
     */
    @Transactional
    public Set<String> overdueCaseIdsIn(CaseScope scope) {
        Instant now = clock.instant();
        Set<String> out = new HashSet<>(watch.overdueCases(scope, now));
        Live live = evaluateDue(scope, now);
        live.states().forEach((caseId, list) -> {
            if (list.stream()
                    .anyMatch(p -> p.overdueSince() != null
                            && live.due().contains(new SupervisionWatch.Key(caseId, p.seriesId())))) {
                out.add(caseId);
            }
        });
        return out;
    }

    /** The rows in scope due now, their open cases and those cases' plan states (read only: the scan stores). */
    private record Live(
            Set<SupervisionWatch.Key> due, Map<String, CaseRef> refs, Map<String, List<PlanState>> states) {}

    private Live evaluateDue(CaseScope scope, Instant now) {
        Set<SupervisionWatch.Key> due = new HashSet<>(watch.dueIn(scope, now));
        List<CaseRef> open = openAmong(
                due.stream().map(SupervisionWatch.Key::caseId).distinct().toList());
        Map<String, CaseRef> refs = open.stream().collect(Collectors.toMap(CaseRef::id, r -> r));
        Map<String, List<PlanState>> states = new LinkedHashMap<>();
        for (List<CaseRef> chunk : vn.donghanh.common.SqlLists.chunks(open, CHUNK)) {
            states.putAll(states(chunk, now));
        }
        return new Live(due, refs, states);
    }

    /** Of these cases, those on which plans apply now (not suspended, not closed), with what compliance needs. */
    List<CaseRef> openAmong(List<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Set<String> notOpen = cases.notUnderSupervision(caseIds);
        List<String> open = caseIds.stream().filter(id -> !notOpen.contains(id)).toList();
        var labels = cases.labels(open);
        var zones = cases.zonesOf(open);
        return open.stream()
                .filter(labels::containsKey)
                .map(id -> new CaseRef(
                        id, labels.get(id).fullName(), labels.get(id).adminUnitId(), zones.get(id)))
                .toList();
    }

    /**
     * Since when each plan series of these cases is overdue and when that can next change by time
     * alone ({@link ComplianceCalculator#state}), with their data loaded in three queries.
     */
    public Map<String, List<PlanState>> states(List<CaseRef> refs, Instant now) {
        Map<String, List<PlanState>> out = new LinkedHashMap<>();
        if (refs.isEmpty()) {
            return out;
        }
        List<String> ids = refs.stream().map(CaseRef::id).toList();
        Map<String, List<CheckinPlanEntity>> plansByCase = plans.findByCaseIdInOrderByEffectiveFrom(ids).stream()
                .collect(Collectors.groupingBy(CheckinPlanEntity::caseId, LinkedHashMap::new, Collectors.toList()));
        var statuses = records.statusHistory(ids);
        var satisfying = records.satisfyingRecords(ids);
        for (CaseRef ref : refs) {
            Map<String, List<CheckinPlanEntity>> series = plansByCase.getOrDefault(ref.id(), List.of()).stream()
                    .collect(Collectors.groupingBy(
                            CheckinPlanEntity::seriesId, LinkedHashMap::new, Collectors.toList()));
            List<PlanState> list = new ArrayList<>();
            for (List<CheckinPlanEntity> versions : series.values()) {
                CheckinPlanEntity latest = versions.get(versions.size() - 1);
                PlanKind kind = PlanKind.valueOf(latest.kind());
                ComplianceCalculator.State st = ComplianceCalculator.state(
                        versions.stream().map(CheckinPlanEntity::toVersion).toList(),
                        ref.zone(),
                        statuses.getOrDefault(ref.id(), List.of()),
                        satisfying.getOrDefault(ref.id(), Map.of()).getOrDefault(kind, List.of()),
                        now);
                list.add(new PlanState(latest.seriesId(), kind, st.overdueSince(), st.nextChangeAt()));
            }
            out.put(ref.id(), list);
        }
        return out;
    }

    /** The overdue list's sort key; the subject (plan series or retention check) makes it unique. */
    private record OverdueKey(Instant since, String caseId, String subjectId) implements Comparable<OverdueKey> {
        private static final Comparator<OverdueKey> ORDER = Comparator.comparing(OverdueKey::since)
                .thenComparing(OverdueKey::caseId)
                .thenComparing(OverdueKey::subjectId);

        static OverdueKey of(CheckinModels.OverdueItem item) {
            return new OverdueKey(
                    item.overdueSince().toInstant(),
                    item.caseId(),
                    item.seriesId() != null
                            ? item.seriesId()
                            : item.retentionCheckId() != null ? item.retentionCheckId() : item.transferId());
        }

        static OverdueKey decode(String cursor) {
            List<String> parts = Cursor.decode(cursor, 3);
            return new OverdueKey(Cursor.instant(parts.get(0)), parts.get(1), parts.get(2));
        }

        String encode() {
            return Cursor.encode(since.toString(), caseId, subjectId);
        }

        @Override
        public int compareTo(OverdueKey o) {
            return ORDER.compare(this, o);
        }
    }

    /** The first {@code size} items after a key, kept in a heap of that size whatever the number offered. */
    private static final class FirstItems {
        private final OverdueKey after;
        private final int size;
        // Largest key on top, so the item to drop when one more arrives is at hand.
        private final PriorityQueue<CheckinModels.OverdueItem> heap =
                new PriorityQueue<>(Comparator.comparing(OverdueKey::of).reversed());

        FirstItems(OverdueKey after, int size) {
            this.after = after;
            this.size = size;
        }

        void offer(CheckinModels.OverdueItem item) {
            OverdueKey key = OverdueKey.of(item);
            if (after != null && key.compareTo(after) <= 0) {
                return;
            }
            if (heap.size() < size) {
                heap.add(item);
            } else if (key.compareTo(OverdueKey.of(heap.peek())) < 0) {
                heap.poll();
                heap.add(item);
            }
        }

        List<CheckinModels.OverdueItem> sorted() {
            List<CheckinModels.OverdueItem> out = new ArrayList<>(heap);
            out.sort(Comparator.comparing(OverdueKey::of));
            return out;
        }
    }

    /** Local dates [from, to) of one case to count check-ins over (a case that moved has one per commune). */
    public record Window(LocalDate from, LocalDate to) {}

    /** The occurrences expected and kept in one window, over all the case's plans. */
    public record Counts(long expected, long satisfied) {}

    /**
     * The expected and kept occurrences of every plan of these cases in each of their windows, as the
     * case page counts them, seen at {@code now}; plans, status history and records loaded in three
     * queries for the whole list (the periodic report hands a chunk of cases at a time).
     */
    public Map<String, List<Counts>> countsIn(
            List<CaseRef> refs,
            Map<String, List<Window>> windows,
            Map<String, List<vn.donghanh.casefile.CaseQueries.StatusChange>> statusChanges,
            Instant now) {
        Map<String, List<Counts>> out = new LinkedHashMap<>();
        if (refs.isEmpty()) {
            return out;
        }
        List<String> ids = refs.stream().map(CaseRef::id).toList();
        Map<String, List<CheckinPlanEntity>> plansByCase = plans.findByCaseIdInOrderByEffectiveFrom(ids).stream()
                .collect(Collectors.groupingBy(CheckinPlanEntity::caseId, LinkedHashMap::new, Collectors.toList()));
        var statuses = SupervisionRecords.spans(statusChanges);
        // Only the windows' records: an occurrence counted in a window starts in it, and only a record
        // in the occurrence's own window satisfies it, so nothing earlier can change a count.
        Instant since = refs.stream()
                .flatMap(r -> windows.getOrDefault(r.id(), List.of()).stream()
                        .map(w -> w.from().atStartOfDay(r.zone()).toInstant()))
                .min(Instant::compareTo)
                .orElse(now);
        var satisfying = records.satisfyingRecords(ids, since);
        for (CaseRef ref : refs) {
            Map<String, List<CheckinPlanEntity>> series = plansByCase.getOrDefault(ref.id(), List.of()).stream()
                    .collect(Collectors.groupingBy(
                            CheckinPlanEntity::seriesId, LinkedHashMap::new, Collectors.toList()));
            List<Counts> perWindow = new ArrayList<>();
            for (Window w : windows.getOrDefault(ref.id(), List.of())) {
                long expected = 0;
                long satisfied = 0;
                for (List<CheckinPlanEntity> versions : series.values()) {
                    PlanKind kind =
                            PlanKind.valueOf(versions.get(versions.size() - 1).kind());
                    int[] c = ComplianceCalculator.counts(
                            versions.stream().map(CheckinPlanEntity::toVersion).toList(),
                            ref.zone(),
                            statuses.getOrDefault(ref.id(), List.of()),
                            satisfying.getOrDefault(ref.id(), Map.of()).getOrDefault(kind, List.of()),
                            w.from(),
                            w.to(),
                            now);
                    expected += c[0];
                    satisfied += c[1];
                }
                perWindow.add(new Counts(expected, satisfied));
            }
            out.put(ref.id(), perWindow);
        }
        return out;
    }

    /**
     * Each case's expected and kept occurrences this month (in the case's zone, to the end of today), as
     * {@link #evaluate} with no dates counts them, from this month's records only: the commune summary's figures.
     */
    public Map<String, Counts> thisMonth(List<CaseRef> refs, Instant now) {
        Map<String, List<Window>> windows = new HashMap<>();
        for (CaseRef r : refs) {
            LocalDate today = LocalDate.ofInstant(now, r.zone());
            windows.put(r.id(), List.of(new Window(today.withDayOfMonth(1), today.plusDays(1))));
        }
        Map<String, Counts> out = new LinkedHashMap<>();
        countsIn(
                        refs,
                        windows,
                        cases.statusChanges(refs.stream().map(CaseRef::id).toList()),
                        now)
                .forEach((caseId, list) -> out.put(caseId, list.get(0)));
        return out;
    }

    /**
     * Evaluates every plan series of the given cases over [from, to) (null: the current month in the
     * case's zone), with all their data loaded in three queries.
     */
    public Map<String, List<CheckinModels.PlanCompliance>> evaluate(
            List<CaseRef> refs, LocalDate from, LocalDate to, Instant at) {
        Map<String, List<CheckinModels.PlanCompliance>> out = new LinkedHashMap<>();
        if (refs.isEmpty()) {
            return out;
        }
        Instant now = at != null ? at : clock.instant();
        List<String> ids = refs.stream().map(CaseRef::id).toList();
        Map<String, List<CheckinPlanEntity>> plansByCase = plans.findByCaseIdInOrderByEffectiveFrom(ids).stream()
                .collect(Collectors.groupingBy(CheckinPlanEntity::caseId, LinkedHashMap::new, Collectors.toList()));
        var statuses = records.statusHistory(ids);
        var satisfying = records.satisfyingRecords(ids);
        for (CaseRef ref : refs) {
            List<CheckinPlanEntity> casePlans = plansByCase.getOrDefault(ref.id(), List.of());
            LocalDate today = LocalDate.now(clock.withZone(ref.zone()));
            LocalDate f = from != null ? from : today.withDayOfMonth(1);
            LocalDate t = to != null ? to : today.plusDays(1);
            Map<String, List<CheckinPlanEntity>> series = casePlans.stream()
                    .collect(Collectors.groupingBy(
                            CheckinPlanEntity::seriesId, LinkedHashMap::new, Collectors.toList()));
            List<CheckinModels.PlanCompliance> list = new ArrayList<>();
            for (List<CheckinPlanEntity> versions : series.values()) {
                CheckinPlanEntity latest = versions.get(versions.size() - 1);
                PlanKind kind = PlanKind.valueOf(latest.kind());
                List<Instant> events =
                        satisfying.getOrDefault(ref.id(), Map.of()).getOrDefault(kind, List.of());
                ComplianceCalculator.Result r = ComplianceCalculator.evaluate(
                        versions.stream().map(CheckinPlanEntity::toVersion).toList(),
                        ref.zone(),
                        statuses.getOrDefault(ref.id(), List.of()),
                        events,
                        f,
                        t,
                        now);
                list.add(new CheckinModels.PlanCompliance(
                        latest.seriesId(),
                        kind,
                        latest.rrule(),
                        r.expected(),
                        r.satisfied(),
                        r.percent(),
                        r.currentStreak(),
                        Times.utc(r.lastSatisfiedAt()),
                        Times.utc(r.nextDueAt()),
                        Times.utc(r.overdueSince())));
            }
            out.put(ref.id(), list);
        }
        return out;
    }

    /**
     * Hands every case in scope on which plans apply now to {@code chunk}, {@link #CHUNK} at a time in
     * id order, until none is left: jobs and summaries see every case with bounded memory.
     */
    public void forEachOpenChunk(CaseScope scope, Consumer<List<CaseRef>> chunk) {
        String after = null;
        while (true) {
            List<CaseRef> page = openCases(scope, after, CHUNK);
            if (!page.isEmpty()) {
                chunk.accept(page);
            }
            if (page.size() < CHUNK) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /** Cases in scope on which plans apply now (not suspended, not closed): up to {@code limit} after id {@code afterId}. */
    public List<CaseRef> openCases(CaseScope scope, String afterId, int limit) {
        return cases.underSupervision(scope, afterId, limit).stream()
                .map(c -> new CaseRef(c.id(), c.fullName(), c.adminUnitId(), c.zone()))
                .toList();
    }

    /**
     * For a transfer sheet (the transfer feature has checked the reader's part in it): the case's
     * compliance from {@code from} to {@code to}, as {@link #forCase} computes it; not audited here,
     * the sheet's read is.
     */
    public CheckinModels.Compliance forSheet(String caseId, LocalDate from, LocalDate to) {
        CaseEntity c = cases.find(caseId);
        CaseRef ref = new CaseRef(c.id(), c.fullName(), c.adminUnitId(), ZoneId.of(c.timeZone()));
        return new CheckinModels.Compliance(
                caseId, from, to, evaluate(List.of(ref), from, to, null).getOrDefault(caseId, List.of()));
    }
}
