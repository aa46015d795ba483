package vn.donghanh.referral;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Inserts;
import vn.donghanh.common.Page;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.common.SqlLists;
import vn.donghanh.common.Times;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;
import vn.donghanh.opportunity.OpportunityModels;
import vn.donghanh.opportunity.OpportunityService;
import vn.donghanh.provider.ProviderService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.DataCipher;
import vn.donghanh.security.Role;

/**
 * Closed-loop referrals: a mentor or officer proposes, the person accepts (and says what the
 * provider may see), the referral is sent and followed to placement; retention checks fall due 3
 * and 6 months after a placement or an enrolment, until someone answers them.
 */
@Singleton
public class ReferralService {
    /** Retention checks read at a time by jobs and computed lists that must see all of them. */
    public static final int CHUNK = 1000;

    private final JdbcOperations jdbc;
    private final CaseService cases;
    private final OpportunityService opportunities;
    private final ProviderService providers;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final DataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId defaultZone;

    public ReferralService(
            JdbcOperations jdbc,
            CaseService cases,
            OpportunityService opportunities,
            ProviderService providers,
            CaseResponders responders,
            Notifier notifier,
            DataCipher cipher,
            AuditLog audit,
            ServiceTime time) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.opportunities = opportunities;
        this.providers = providers;
        this.responders = responders;
        this.notifier = notifier;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = time.clock();
        this.defaultZone = time.zone();
    }

    @Transactional
    public ReferralModels.Referral create(Caller caller, String caseId, ReferralModels.CreateReferral r) {
        if (!caller.is(Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("mentors and officers refer");
        }
        CaseEntity c = cases.inScope(caller, caseId);
        ReferralModels.Referral existing = find(r.id().toString());
        if (existing != null) {
            if (!existing.caseId().equals(caseId)) {
                throw ApiException.conflict("id-in-use", "id is already used by another referral");
            }
            return existing;
        }
        if (CaseStatus.valueOf(c.status()).isClosed()) {
            throw ApiException.conflict("case-closed", "the case is " + c.status());
        }
        String providerId;
        ReferralModels.Kind kind;
        if (r.opportunityId() != null) {
            OpportunityModels.Opportunity o =
                    opportunities.find(r.opportunityId().toString());
            if (o == null) {
                throw ApiException.badField("opportunityId", "no such opportunity");
            }
            if (o.status() != OpportunityModels.Status.OPEN) {
                throw ApiException.badField("opportunityId", "the opportunity is " + o.status());
            }
            providerId = o.providerId();
            kind = ReferralModels.Kind.valueOf(o.type().name());
        } else if (r.providerId() != null) {
            if (providers.find(r.providerId().toString()) == null) {
                throw ApiException.badField("providerId", "no such provider in the directory");
            }
            providerId = r.providerId().toString();
            kind = r.kind() == null ? ReferralModels.Kind.OTHER : r.kind();
        } else {
            throw ApiException.badField("opportunityId", "refer to an opportunity or, with providerId, to a provider");
        }
        LocalDate today = today(c);
        Instant now = clock.instant();
        String id = r.id().toString();
        jdbc.prepareStatement("""
                INSERT INTO referral (id, case_id, opportunity_id, provider_id, kind, status, status_date, shared_fields, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, 'PROPOSED', ?, '', ?, ?)""", ps -> {
            ps.setString(1, id);
            ps.setString(2, caseId);
            ps.setString(3, r.opportunityId() == null ? null : r.opportunityId().toString());
            ps.setString(4, providerId);
            ps.setString(5, kind.name());
            ps.setObject(6, today);
            ps.setString(7, caller.accountId());
            ps.setTimestamp(8, Timestamp.from(now));
            return ps.executeUpdate();
        });
        insertStep(id, null, ReferralStatus.PROPOSED, today, r.note(), caller, now);
        responders
                .person(caseId)
                .ifPresent(person -> notifier.notify(
                        person,
                        NotificationText.REFERRAL_PROPOSED,
                        Notifier.Priority.NORMAL,
                        caseId,
                        id,
                        "referral:" + id + ":person"));
        audit.append(AuditEntry.of(caller, AuditAction.REFERRAL_CHANGE, caseId, "referral:" + id, "PROPOSED"));
        return find(id);
    }

    @Transactional
    public ReferralModels.Referral step(Caller caller, String referralId, ReferralModels.Step s) {
        ReferralModels.Referral ref = find(referralId);
        if (ref == null) {
            throw ApiException.notFound();
        }
        CaseEntity c = cases.inScope(caller, ref.caseId());
        lock(referralId);
        ref = find(referralId);
        boolean byPerson = caller.is(Role.PERSON);
        if (s.status() == ReferralStatus.ACCEPTED && !byPerson) {
            throw ApiException.forbidden("only the person accepts a referral");
        }
        if (byPerson && s.status() != ReferralStatus.ACCEPTED && s.status() != ReferralStatus.WITHDRAWN) {
            throw ApiException.forbidden("the person accepts or withdraws; mentors and officers record the rest");
        }
        if (!caller.is(Role.PERSON, Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("only the person, the mentor and the officer move a referral");
        }
        boolean ending = s.status() == ReferralStatus.WITHDRAWN || s.status() == ReferralStatus.NOT_PLACED;
        if (!ending) {
            CaseService.requireOpenOn(
                    c, s.date().atStartOfDay(ZoneId.of(c.timeZone())).toInstant());
        }
        if (!ref.status().canMoveTo(s.status())) {
            throw ApiException.unprocessable(
                    "illegal-transition",
                    "a referral cannot move from " + ref.status() + " to "
                            + s.status()
                            + (ref.status().next().isEmpty()
                                    ? " (" + ref.status() + " is final)"
                                    : "; allowed: " + ref.status().next()),
                    "status");
        }
        if (s.date().isAfter(today(c))) {
            throw ApiException.badField("date", "cannot be in the future");
        }
        if (s.date().isBefore(ref.statusDate())) {
            throw ApiException.badField("date", "cannot be before the previous step (" + ref.statusDate() + ")");
        }
        Instant now = clock.instant();
        String shared = s.status() == ReferralStatus.ACCEPTED
                ? (s.sharedFields() == null
                        ? ""
                        : s.sharedFields().stream()
                                .distinct()
                                .map(Enum::name)
                                .sorted()
                                .collect(Collectors.joining(",")))
                : null;
        jdbc.prepareStatement(
                "UPDATE referral SET status = ?, status_date = ?, shared_fields = COALESCE(?, shared_fields) WHERE id = ?",
                ps -> {
                    ps.setString(1, s.status().name());
                    ps.setObject(2, s.date());
                    ps.setString(3, shared);
                    ps.setString(4, referralId);
                    return ps.executeUpdate();
                });
        insertStep(referralId, ref.status(), s.status(), s.date(), s.note(), caller, now);
        boolean startsSomething = s.status() == ReferralStatus.PLACED
                || (s.status() == ReferralStatus.ENROLLED && ref.kind() == ReferralModels.Kind.COURSE);
        if (startsSomething) {
            for (int months : new int[] {3, 6}) {
                String checkId = UUID.randomUUID().toString();
                jdbc.prepareStatement(
                        "INSERT INTO retention_check (id, referral_id, case_id, months, due_on) VALUES (?, ?, ?, ?, ?)",
                        ps -> {
                            ps.setString(1, checkId);
                            ps.setString(2, referralId);
                            ps.setString(3, c.id());
                            ps.setInt(4, months);
                            ps.setObject(5, s.date().plusMonths(months));
                            return Inserts.insertOnce(ps);
                        });
            }
        }
        audit.append(AuditEntry.of(
                caller,
                AuditAction.REFERRAL_CHANGE,
                c.id(),
                "referral:" + referralId,
                s.status().name()));
        return find(referralId);
    }

    @Transactional
    public List<ReferralModels.Referral> forCase(Caller caller, String caseId) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.REFERRALS_READ, caseId, "referrals", null));
        List<String> ids =
                jdbc.prepareStatement("SELECT id FROM referral WHERE case_id = ? ORDER BY created_at DESC, id", ps -> {
                    ps.setString(1, caseId);
                    List<String> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(rs.getString(1));
                        }
                    }
                    return out;
                });
        return ids.stream().map(this::find).toList();
    }

    /** The sheet sent to the provider: only what the person agreed to share, and only once they accepted. */
    @Transactional
    public ReferralModels.ProviderSheet providerSheet(Caller caller, String referralId) {
        if (!caller.is(Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("mentors and officers send referrals");
        }
        ReferralModels.Referral ref = find(referralId);
        if (ref == null) {
            throw ApiException.notFound();
        }
        CaseEntity c = cases.inScope(caller, ref.caseId());
        if (ref.status() == ReferralStatus.PROPOSED
                || ref.status() == ReferralStatus.WITHDRAWN
                || ref.status() == ReferralStatus.NOT_PLACED) {
            // Consent covers a referral in progress: not before acceptance, not after it was dropped.
            throw ApiException.conflict(
                    "not-accepted", "the referral is " + ref.status() + "; nothing goes to the provider");
        }
        Map<ReferralModels.SharedField, String> fields = new EnumMap<>(ReferralModels.SharedField.class);
        for (ReferralModels.SharedField f : ref.sharedFields()) {
            switch (f) {
                case FULL_NAME -> fields.put(f, c.fullName());
                case PHONE -> {
                    String phone = cipher.decrypt(c.phoneEnc());
                    if (phone != null) {
                        fields.put(f, phone);
                    }
                }
                case DATE_OF_BIRTH -> fields.put(f, c.dateOfBirth().toString());
                case ADDRESS -> fields.put(f, c.address());
            }
        }
        audit.append(AuditEntry.of(
                caller,
                AuditAction.REFERRAL_SHEET_READ,
                c.id(),
                "referral:" + referralId,
                "shared " + ref.sharedFields()));
        return new ReferralModels.ProviderSheet(referralId, ref.providerName(), ref.opportunityTitle(), fields);
    }

    /** Unanswered retention checks due today or earlier in the caller's scope, earliest first, one page after {@code cursor}. */
    @Transactional
    public Page<ReferralModels.RetentionCheck> dueChecks(Caller caller, String cursor, int limit) {
        if (!caller.is(Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("retention checks are answered by mentors and officers");
        }
        LocalDate afterDue = null;
        String afterId = null;
        if (cursor != null) {
            List<String> parts = Cursor.decode(cursor, 2);
            afterDue = Cursor.date(parts.get(0));
            afterId = parts.get(1);
        }
        List<ReferralModels.RetentionCheck> rows =
                unansweredDue(vn.donghanh.casefile.CaseScope.of(caller), afterDue, afterId, limit + 1);
        Page<ReferralModels.RetentionCheck> page = Page.ofOverfetched(
                rows, limit, last -> Cursor.encode(last.dueOn().toString(), last.id()));
        audit.appendAll(page.items().stream()
                .map(d -> AuditEntry.of(caller, AuditAction.CASE_LIST, d.caseId(), "retention", null))
                .toList());
        return page;
    }

    /**
     * Every unanswered retention check due today or earlier within a case scope, handed to {@code chunk}
     * {@link #CHUNK} at a time in (dueOn, id) order until none is left (callers audit).
     */
    public void forEachUnansweredDue(
            vn.donghanh.casefile.CaseScope scope, Consumer<List<ReferralModels.RetentionCheck>> chunk) {
        LocalDate afterDue = null;
        String afterId = null;
        while (true) {
            List<ReferralModels.RetentionCheck> rows = unansweredDue(scope, afterDue, afterId, CHUNK);
            if (!rows.isEmpty()) {
                chunk.accept(rows);
            }
            if (rows.size() < CHUNK) {
                return;
            }
            afterDue = rows.get(rows.size() - 1).dueOn();
            afterId = rows.get(rows.size() - 1).id();
        }
    }

    /** Up to {@code limit} unanswered checks due today or earlier, after (afterDue, afterId) in (dueOn, id) order. */
    private List<ReferralModels.RetentionCheck> unansweredDue(
            vn.donghanh.casefile.CaseScope scope, LocalDate afterDue, String afterId, int limit) {
        List<Object> params = new ArrayList<>();
        params.add(LocalDate.now(clock.withZone(defaultZone)));
        params.addAll(scope.params());
        String after = "";
        if (afterDue != null) {
            after = " AND (rc.due_on > ? OR (rc.due_on = ? AND rc.id > ?))";
            params.add(afterDue);
            params.add(afterDue);
            params.add(afterId);
        }
        params.add(limit);
        List<ReferralModels.RetentionCheck> rows = jdbc.prepareStatement(
                """
                SELECT rc.*, r.kind FROM retention_check rc JOIN referral r ON r.id = rc.referral_id
                WHERE rc.answered_at IS NULL AND rc.due_on <= ? AND rc.case_id IN (""" + scope.caseIds() + ")" + after + " ORDER BY rc.due_on, rc.id LIMIT ?", ps -> {
                    for (int i = 0; i < params.size(); i++) {
                        ps.setObject(i + 1, params.get(i));
                    }
                    List<ReferralModels.RetentionCheck> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(check(rs));
                        }
                    }
                    return out;
                });
        return labelled(rows);
    }

    @Transactional
    public ReferralModels.RetentionCheck answer(Caller caller, String checkId, ReferralModels.AnswerCheck a) {
        if (!caller.is(Role.MENTOR, Role.OFFICER)) {
            throw ApiException.forbidden("retention checks are answered by mentors and officers");
        }
        String caseId = jdbc.prepareStatement("SELECT case_id FROM retention_check WHERE id = ?", ps -> {
            ps.setString(1, checkId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
        if (caseId == null) {
            throw ApiException.notFound();
        }
        cases.inScope(caller, caseId);
        int answered = jdbc.prepareStatement("""
                UPDATE retention_check SET answered_at = ?, answered_by = ?, outcome = ?, note = ? WHERE id = ? AND answered_at IS NULL""", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, caller.accountId());
            ps.setString(3, a.outcome().name());
            ps.setString(4, a.note() == null ? null : a.note().strip());
            ps.setString(5, checkId);
            return ps.executeUpdate();
        });
        if (answered == 0) {
            throw ApiException.conflict("already-answered", "this retention check was answered already");
        }
        audit.append(AuditEntry.of(
                caller,
                AuditAction.RETENTION_ANSWER,
                caseId,
                "retention:" + checkId,
                a.outcome().name()));
        ReferralModels.RetentionCheck check = jdbc.prepareStatement("""
                SELECT rc.*, r.kind FROM retention_check rc JOIN referral r ON r.id = rc.referral_id WHERE rc.id = ?""", ps -> {
            ps.setString(1, checkId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return check(rs);
            }
        });
        return labelled(List.of(check)).get(0);
    }

    @Transactional
    public ReferralModels.Reintegration reintegration(Caller caller, String caseId) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.REFERRALS_READ, caseId, "reintegration", null));
        return ReintegrationStatusDeriver.derive(caseId, forCaseUnaudited(caseId), answeredChecks(caseId));
    }

    /** Reintegration status of many cases at once, for the commune summary. */
    public Map<String, ReferralModels.ReintegrationStatus> statusOf(List<String> caseIds) {
        Map<String, ReferralModels.ReintegrationStatus> out = new java.util.HashMap<>();
        // Most cases were never referred: one query finds those that were, and only they are derived one by one.
        Set<String> referred = referredAmong(caseIds);
        for (String id : caseIds) {
            out.put(
                    id,
                    referred.contains(id)
                            ? ReintegrationStatusDeriver.derive(id, forCaseUnaudited(id), answeredChecks(id))
                                    .status()
                            : ReferralModels.ReintegrationStatus.UNKNOWN);
        }
        return out;
    }

    private Set<String> referredAmong(List<String> caseIds) {
        Set<String> out = new java.util.HashSet<>();
        for (int from = 0; from < caseIds.size(); from += CHUNK) {
            List<String> part = caseIds.subList(from, Math.min(caseIds.size(), from + CHUNK));
            jdbc.prepareStatement(
                    "SELECT DISTINCT case_id FROM referral WHERE case_id IN (" + SqlLists.placeholders(part.size())
                            + ")",
                    ps -> {
                        for (int i = 0; i < part.size(); i++) {
                            ps.setString(i + 1, part.get(i));
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.add(rs.getString(1));
                            }
                        }
                        return null;
                    });
        }
        return out;
    }

    private List<ReferralModels.Referral> forCaseUnaudited(String caseId) {
        return jdbc
                .prepareStatement("SELECT id FROM referral WHERE case_id = ? ORDER BY created_at, id", ps -> {
                    ps.setString(1, caseId);
                    List<String> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                        }
                    }
                    return ids;
                })
                .stream()
                .map(this::find)
                .toList();
    }

    private List<ReintegrationStatusDeriver.Answer> answeredChecks(String caseId) {
        return jdbc.prepareStatement(
                "SELECT referral_id, answered_at, outcome FROM retention_check WHERE case_id = ? AND answered_at IS NOT NULL",
                ps -> {
                    ps.setString(1, caseId);
                    List<ReintegrationStatusDeriver.Answer> out = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new ReintegrationStatusDeriver.Answer(
                                    rs.getString(1),
                                    rs.getTimestamp(2)
                                            .toInstant()
                                            .atZone(defaultZone)
                                            .toLocalDate(),
                                    ReferralModels.Outcome.valueOf(rs.getString(3))));
                        }
                    }
                    return out;
                });
    }

    private void lock(String referralId) {
        jdbc.prepareStatement("SELECT id FROM referral WHERE id = ? FOR UPDATE", ps -> {
            ps.setString(1, referralId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    private void insertStep(
            String referralId,
            ReferralStatus from,
            ReferralStatus to,
            LocalDate date,
            String note,
            Caller caller,
            Instant now) {
        jdbc.prepareStatement("""
                INSERT INTO referral_step (id, referral_id, from_status, to_status, step_date, note, actor_id, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, referralId);
            ps.setString(3, from == null ? null : from.name());
            ps.setString(4, to.name());
            ps.setObject(5, date);
            ps.setString(6, note == null ? null : note.strip());
            ps.setString(7, caller.accountId());
            ps.setTimestamp(8, Timestamp.from(now));
            return ps.executeUpdate();
        });
    }

    private ReferralModels.Referral find(String id) {
        ReferralModels.Referral head = jdbc.prepareStatement("""
                SELECT r.*, o.title AS opportunity_title, org.name AS provider_name FROM referral r
                LEFT JOIN opportunity o ON o.id = r.opportunity_id JOIN organisation org ON org.id = r.provider_id
                WHERE r.id = ?""", ps -> {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String shared = rs.getString("shared_fields");
                return new ReferralModels.Referral(
                        rs.getString("id"),
                        rs.getString("case_id"),
                        rs.getString("opportunity_id"),
                        rs.getString("opportunity_title"),
                        rs.getString("provider_id"),
                        rs.getString("provider_name"),
                        ReferralModels.Kind.valueOf(rs.getString("kind")),
                        ReferralStatus.valueOf(rs.getString("status")),
                        rs.getObject("status_date", LocalDate.class),
                        shared.isEmpty()
                                ? List.of()
                                : Arrays.stream(shared.split(","))
                                        .map(ReferralModels.SharedField::valueOf)
                                        .toList(),
                        new ArrayList<>());
            }
        });
        if (head == null) {
            return null;
        }
        jdbc.prepareStatement("SELECT * FROM referral_step WHERE referral_id = ? ORDER BY seq", ps -> {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString("from_status");
                    head.steps()
                            .add(new ReferralModels.StepView(
                                    from == null ? null : ReferralStatus.valueOf(from),
                                    ReferralStatus.valueOf(rs.getString("to_status")),
                                    rs.getObject("step_date", LocalDate.class),
                                    rs.getString("note"),
                                    rs.getString("actor_id"),
                                    Times.utc(rs, "occurred_at")));
                }
            }
            return null;
        });
        return head;
    }

    /** The checks with their person's name and case unit, from casefile. */
    private List<ReferralModels.RetentionCheck> labelled(List<ReferralModels.RetentionCheck> checks) {
        var labels = cases.labels(
                checks.stream().map(ReferralModels.RetentionCheck::caseId).toList());
        return checks.stream()
                .map(c -> {
                    var label = labels.get(c.caseId());
                    return new ReferralModels.RetentionCheck(
                            c.id(),
                            c.referralId(),
                            c.caseId(),
                            label.fullName(),
                            label.adminUnitId(),
                            c.kind(),
                            c.months(),
                            c.dueOn(),
                            c.answeredAt(),
                            c.outcome(),
                            c.note());
                })
                .toList();
    }

    /** A check as stored; {@code fullName} and {@code adminUnitId} are filled in by {@link #labelled}. */
    private static ReferralModels.RetentionCheck check(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new ReferralModels.RetentionCheck(
                rs.getString("id"),
                rs.getString("referral_id"),
                rs.getString("case_id"),
                null,
                null,
                ReferralModels.Kind.valueOf(rs.getString("kind")),
                rs.getInt("months"),
                rs.getObject("due_on", LocalDate.class),
                Times.utc(rs, "answered_at"),
                outcome == null ? null : ReferralModels.Outcome.valueOf(outcome),
                rs.getString("note"));
    }

    private LocalDate today(CaseEntity c) {
        return LocalDate.now(clock.withZone(ZoneId.of(c.timeZone())));
    }
}
