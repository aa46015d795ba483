package vn.donghanh.opportunity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.common.Inserts;
import vn.donghanh.common.TextFold;
import vn.donghanh.common.Times;
import vn.donghanh.notification.CaseResponders;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;
import vn.donghanh.provider.ProviderService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Job openings, vocational courses and loan programmes. Search is diacritics-insensitive and ordered
 * by administrative distance from a commune (same commune, then the province, then the rest).
 * Opportunities carry nothing about who was interested or referred.
 */
@Singleton
public class OpportunityService {
    private static final int MAX_RESULTS = 100;
    private final JdbcOperations jdbc;
    private final ProviderService providers;
    private final AdminUnitService units;
    private final CaseService cases;
    private final CaseResponders responders;
    private final Notifier notifier;
    private final AuditLog audit;
    private final Clock clock;

    public OpportunityService(
            JdbcOperations jdbc,
            ProviderService providers,
            AdminUnitService units,
            CaseService cases,
            CaseResponders responders,
            Notifier notifier,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.units = units;
        this.cases = cases;
        this.responders = responders;
        this.notifier = notifier;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public OpportunityModels.Opportunity create(Caller caller, OpportunityModels.CreateOpportunity r) {
        if (!caller.is(Role.OFFICER, Role.ADMIN)) {
            throw ApiException.forbidden("officers and admins record opportunities");
        }
        String id = Ids.orNew(r.id());
        OpportunityModels.Opportunity existing = find(id);
        if (existing != null) {
            if (!existing.title().equals(r.title().strip())) {
                throw ApiException.conflict("id-in-use", "id is already used by another opportunity");
            }
            return existing;
        }
        ProviderService.Provider provider = providers.find(r.providerId().toString());
        if (provider == null) {
            throw ApiException.badField("providerId", "no such provider in the directory");
        }
        if (caller.is(Role.OFFICER)
                && provider.servedUnitIds().stream()
                        .noneMatch(u -> units.require(u, "providerId").path().startsWith(caller.unitPath()))) {
            throw ApiException.badField("providerId", "the provider serves none of your communes");
        }
        units.require(r.adminUnitId().toString(), "adminUnitId");
        if (r.wageMin() != null && r.wageMax() != null && r.wageMin() > r.wageMax()) {
            throw ApiException.badField("wageMax", "must not be below wageMin");
        }
        if (r.type() == OpportunityModels.Type.COURSE
                && (r.trade() == null || r.trade().isBlank())) {
            throw ApiException.badField("trade", "a vocational course names its trade");
        }
        if (r.type() == OpportunityModels.Type.LOAN
                && (r.loanPurpose() == null || r.loanPurpose().isBlank())) {
            throw ApiException.badField("loanPurpose", "a loan programme states its purpose");
        }
        boolean job = r.type() == OpportunityModels.Type.JOB;
        boolean course = r.type() == OpportunityModels.Type.COURSE;
        boolean loan = r.type() == OpportunityModels.Type.LOAN;
        Instant now = clock.instant();
        jdbc.prepareStatement("""
                INSERT INTO opportunity (id, provider_id, type, title, title_search, description, admin_unit_id, place, seats,
                  deadline, requirements, wage_min, wage_max, trade, start_date, duration_weeks, fee_support, loan_purpose,
                  loan_ceiling, loan_conditions, status, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""", ps -> {
            int i = 0;
            ps.setString(++i, id);
            ps.setString(++i, provider.id());
            ps.setString(++i, r.type().name());
            ps.setString(++i, r.title().strip());
            String search = TextFold.fold(
                    r.title() + " " + (course && r.trade() != null ? r.trade() : "") + " " + provider.name());
            ps.setString(++i, search.length() > 600 ? search.substring(0, 600) : search);
            ps.setString(++i, r.description());
            ps.setString(++i, r.adminUnitId().toString());
            ps.setString(++i, r.place());
            ps.setObject(++i, r.seats());
            ps.setObject(++i, r.deadline());
            ps.setString(++i, r.requirements());
            ps.setObject(++i, job ? r.wageMin() : null);
            ps.setObject(++i, job ? r.wageMax() : null);
            ps.setString(++i, course ? r.trade() : null);
            ps.setObject(++i, course ? r.startDate() : null);
            ps.setObject(++i, course ? r.durationWeeks() : null);
            ps.setString(++i, course ? r.feeSupport() : null);
            ps.setString(++i, loan ? r.loanPurpose() : null);
            ps.setObject(++i, loan ? r.loanCeiling() : null);
            ps.setString(++i, loan ? r.loanConditions() : null);
            ps.setString(++i, caller.accountId());
            ps.setTimestamp(++i, Timestamp.from(now));
            ps.setTimestamp(++i, Timestamp.from(now));
            return ps.executeUpdate();
        });
        return find(id);
    }

    @Transactional
    public OpportunityModels.Opportunity setStatus(Caller caller, String id, OpportunityModels.Status status) {
        if (!caller.is(Role.OFFICER, Role.ADMIN)) {
            throw ApiException.forbidden("officers and admins maintain opportunities");
        }
        OpportunityModels.Opportunity o = find(id);
        if (o == null) {
            throw ApiException.notFound();
        }
        if (caller.is(Role.OFFICER)
                && providers.find(o.providerId()).servedUnitIds().stream()
                        .noneMatch(u -> units.require(u, "id").path().startsWith(caller.unitPath()))) {
            throw ApiException.notFound();
        }
        if (!o.status().canMoveTo(status)) {
            throw ApiException.unprocessable(
                    "illegal-transition", "an opportunity cannot move from " + o.status() + " to " + status, "status");
        }
        jdbc.prepareStatement("UPDATE opportunity SET status = ?, updated_at = ? WHERE id = ?", ps -> {
            ps.setString(1, status.name());
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            ps.setString(3, id);
            return ps.executeUpdate();
        });
        return find(id);
    }

    /**
     * Search: a person searches around their own commune; staff around {@code communeId} or their
     * own unit. At most {@value MAX_RESULTS} results, nearest first.
     */
    @Transactional
    public List<OpportunityModels.Opportunity> search(
            Caller caller,
            String text,
            OpportunityModels.Type type,
            OpportunityModels.Status status,
            String communeId) {
        String around;
        if (caller.is(Role.PERSON)) {
            around = cases.inScope(caller, caller.caseId()).adminUnitId();
        } else {
            around = communeId != null ? units.require(communeId, "communeId").id() : caller.unitId();
        }
        AdminUnitEntity unit = units.require(around, "communeId");
        String province = provincePath(unit.path());
        List<Object> params =
                new ArrayList<>(List.of(unit.id(), province + "%", status == null ? "OPEN" : status.name()));
        StringBuilder sql = new StringBuilder("""
                SELECT o.*, org.name AS provider_name,
                       CASE WHEN o.admin_unit_id = ? THEN 0 WHEN u.path LIKE ? THEN 1 ELSE 2 END AS distance
                FROM opportunity o JOIN organisation org ON org.id = o.provider_id JOIN admin_unit u ON u.id = o.admin_unit_id
                WHERE o.status = ?""");
        if (type != null) {
            sql.append(" AND o.type = ?");
            params.add(type.name());
        }
        if (text != null && !text.isBlank()) {
            sql.append(" AND o.title_search LIKE ?");
            params.add("%" + TextFold.escapeLike(TextFold.fold(text)) + "%");
        }
        sql.append(" ORDER BY distance, o.deadline IS NULL, o.deadline, o.title, o.id LIMIT " + MAX_RESULTS);
        return jdbc.prepareStatement(sql.toString(), ps -> {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<OpportunityModels.Opportunity> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs, rs.getInt("distance")));
                }
            }
            return out;
        });
    }

    /** "I'm interested": recorded once; the person's mentor and the commune's officers are told. */
    @Transactional
    public OpportunityModels.Interest interested(Caller caller, String opportunityId) {
        if (!caller.is(Role.PERSON) || caller.caseId() == null) {
            throw ApiException.forbidden("interest is expressed by the person");
        }
        CaseEntity c = cases.inScope(caller, caller.caseId());
        if (vn.donghanh.casefile.CaseStatus.valueOf(c.status()).isClosed()) {
            throw ApiException.conflict("case-closed", "the case is " + c.status());
        }
        OpportunityModels.Opportunity o = find(opportunityId);
        if (o == null) {
            throw ApiException.notFound();
        }
        if (o.status() != OpportunityModels.Status.OPEN) {
            throw ApiException.conflict("opportunity-closed", "the opportunity is " + o.status());
        }
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        int created = jdbc.prepareStatement(
                "INSERT INTO opportunity_interest (id, opportunity_id, case_id, created_at) VALUES (?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, id);
                    ps.setString(2, opportunityId);
                    ps.setString(3, c.id());
                    ps.setTimestamp(4, Timestamp.from(now));
                    return Inserts.insertOnce(ps);
                });
        if (created == 1) {
            List<String> told = new ArrayList<>(responders.officers(c.id()));
            responders.mentor(c.id()).ifPresent(told::add);
            for (String account : told) {
                notifier.notify(
                        account,
                        NotificationText.OPPORTUNITY_INTEREST,
                        Notifier.Priority.NORMAL,
                        c.id(),
                        opportunityId,
                        "interest:" + id + ":" + account);
            }
            audit.append(AuditEntry.of(
                    caller, AuditAction.OPPORTUNITY_INTEREST, c.id(), "opportunity:" + opportunityId, null));
        }
        return interests(c.id()).stream()
                .filter(i -> i.opportunityId().equals(opportunityId))
                .findFirst()
                .orElseThrow();
    }

    @Transactional
    public List<OpportunityModels.Interest> interestsOf(Caller caller, String caseId) {
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.INTERESTS_READ, caseId, "interests", null));
        return interests(caseId);
    }

    private List<OpportunityModels.Interest> interests(String caseId) {
        return jdbc.prepareStatement("""
                SELECT i.id, i.opportunity_id, o.title, i.case_id, i.created_at FROM opportunity_interest i
                JOIN opportunity o ON o.id = i.opportunity_id WHERE i.case_id = ? ORDER BY i.created_at DESC, i.id""", ps -> {
            ps.setString(1, caseId);
            List<OpportunityModels.Interest> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OpportunityModels.Interest(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            Times.utc(rs, "created_at")));
                }
            }
            return out;
        });
    }

    /** "/nation/province/..." -> "/nation/province/": the province a unit belongs to. */
    static String provincePath(String path) {
        String[] parts = path.split("/");
        return parts.length >= 3 ? "/" + parts[1] + "/" + parts[2] + "/" : path;
    }

    public OpportunityModels.Opportunity find(String id) {
        return jdbc.prepareStatement("""
                SELECT o.*, org.name AS provider_name FROM opportunity o JOIN organisation org ON org.id = o.provider_id
                WHERE o.id = ?""", ps -> {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? row(rs, null) : null;
            }
        });
    }

    private static OpportunityModels.Opportunity row(ResultSet rs, Integer distance) throws SQLException {
        return new OpportunityModels.Opportunity(
                rs.getString("id"),
                rs.getString("provider_id"),
                rs.getString("provider_name"),
                OpportunityModels.Type.valueOf(rs.getString("type")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("admin_unit_id"),
                rs.getString("place"),
                (Integer) rs.getObject("seats", Integer.class),
                rs.getObject("deadline", java.time.LocalDate.class),
                rs.getString("requirements"),
                rs.getObject("wage_min", Long.class),
                rs.getObject("wage_max", Long.class),
                rs.getString("trade"),
                rs.getObject("start_date", java.time.LocalDate.class),
                rs.getObject("duration_weeks", Integer.class),
                rs.getString("fee_support"),
                rs.getString("loan_purpose"),
                rs.getObject("loan_ceiling", Long.class),
                rs.getString("loan_conditions"),
                OpportunityModels.Status.valueOf(rs.getString("status")),
                distance);
    }
}
