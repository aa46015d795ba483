package vn.donghanh.casefile;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.common.SqlLists;

/**
 * The register of completion certificates: numbers per commune and per year, 1, 2, 3, ..., in the
 * order the cases complete. A case gets its number once, in the transaction that completes it; a
 * case completed before the register existed gets one at its first download. The only code that
 * names {@code certificate_counter} and {@code certificate_number}.
 *
 * <p>Concurrency: the commune-year counter row is locked (exclusively, by the upsert) before the
 * case's entry is read, so two completions in one commune at once are numbered one after the
 * other, two downloads of one case share one number, and other communes are never waited for.
 */
@Singleton
public class CertificateRegister {
    private final JdbcOperations jdbc;
    private final CaseService cases;
    private final AdminUnitService units;
    private final CertificateSettings settings;
    private final Clock clock;

    CertificateRegister(
            JdbcOperations jdbc, CaseService cases, AdminUnitService units, CertificateSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.units = units;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void onStatusChanged(CaseStatusChangedEvent e) {
        if (e.to() == CaseStatus.COMPLETED) {
            String unitId = cases.unitsOf(List.of(e.caseId())).get(e.caseId());
            issue(e.caseId(), unitId, e.effectiveDate().getYear());
        }
    }

    /** The certificate's number: the one issued at completion, or, for a case completed before the register, a new one. */
    @Transactional
    public String numberOf(CaseService.CompletedCase completed) {
        String issued = issued(completed.entity().id());
        return issued != null
                ? issued
                : issue(
                        completed.entity().id(),
                        completed.entity().adminUnitId(),
                        completed.completedOn().getYear());
    }

    /** Gives the case the commune-year's next number, unless it has one: answers the case's number. */
    private String issue(String caseId, String unitId, int year) {
        // ON DUPLICATE KEY UPDATE takes the exclusive lock on an existing row at once (a plain INSERT IGNORE would
        // take a shared one first, and two waiting sessions upgrading it deadlock).
        SqlLists.update(
                jdbc,
                "INSERT INTO certificate_counter (admin_unit_id, year, last_seq) VALUES (?, ?, 0)"
                        + " ON DUPLICATE KEY UPDATE last_seq = last_seq",
                Arrays.asList(unitId, year));
        int last = SqlLists.one(
                        jdbc,
                        "SELECT last_seq FROM certificate_counter WHERE admin_unit_id = ? AND year = ? FOR UPDATE",
                        Arrays.asList(unitId, year),
                        rs -> rs.getInt(1))
                .orElseThrow();
        // Read under the counter's lock (a locking read sees what a concurrent download committed).
        String existing = SqlLists.one(
                        jdbc,
                        "SELECT number FROM certificate_number WHERE case_id = ? FOR UPDATE",
                        Arrays.asList(caseId),
                        rs -> rs.getString(1))
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        int seq = last + 1;
        String number = CertificateNumberFormat.format(
                settings.getNumberFormat(),
                seq,
                year,
                units.require(unitId, "adminUnitId").code());
        SqlLists.update(
                jdbc,
                "UPDATE certificate_counter SET last_seq = ? WHERE admin_unit_id = ? AND year = ?",
                Arrays.asList(seq, unitId, year));
        SqlLists.update(
                jdbc,
                "INSERT INTO certificate_number (case_id, admin_unit_id, year, seq, number, issued_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                Arrays.asList(caseId, unitId, year, seq, number, Timestamp.from(clock.instant())));
        return number;
    }

    /**
     * How many certificates each of these communes numbered in [from, to), by commune, one GROUP BY per
     * chunk of communes (the periodic report's "certificates issued"); a commune with none is absent.
     */
    public Map<String, Long> issuedBetween(Collection<String> unitIds, Instant from, Instant to) {
        Map<String, Long> out = new HashMap<>();
        for (List<String> part : SqlLists.chunks(List.copyOf(unitIds), 1000)) {
            List<Object> params = new ArrayList<>(part);
            params.add(Timestamp.from(from));
            params.add(Timestamp.from(to));
            SqlLists.forEach(
                    jdbc,
                    "SELECT admin_unit_id, COUNT(*) FROM certificate_number WHERE admin_unit_id IN ("
                            + SqlLists.placeholders(part.size()) + ") AND issued_at >= ? AND issued_at < ?"
                            + " GROUP BY admin_unit_id",
                    params,
                    rs -> out.put(rs.getString(1), rs.getLong(2)));
        }
        return out;
    }

    private String issued(String caseId) {
        return SqlLists.one(
                        jdbc,
                        "SELECT number FROM certificate_number WHERE case_id = ?",
                        Arrays.asList(caseId),
                        rs -> rs.getString(1))
                .orElse(null);
    }
}
