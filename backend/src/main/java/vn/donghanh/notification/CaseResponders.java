package vn.donghanh.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.donghanh.casefile.CaseQueries;

/**
 * Who answers for a case: its active mentor, and the officers of its commune (or, where the commune
 * has none, the officers of the nearest unit above it). There is no duty roster yet: every officer
 * of that unit is notified.
 */
@Singleton
public class CaseResponders {
    private final JdbcOperations jdbc;
    // casefile's queries, not its service: CaseService itself depends on this class.
    private final CaseQueries cases;

    public CaseResponders(JdbcOperations jdbc, CaseQueries cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    public Optional<String> mentor(String caseId) {
        return jdbc.prepareStatement("SELECT mentor_id FROM mentor_assignment WHERE case_id = ? AND active", ps -> {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    public Optional<String> person(String caseId) {
        return jdbc.prepareStatement("SELECT id FROM account WHERE case_id = ? AND active", ps -> {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    public List<String> officers(String caseId) {
        return officerContacts(caseId).stream().map(Officer::id).toList();
    }

    /** An officer who answers for a case; {@code phoneEnc} is the account's phone as stored (encrypted). */
    public record Officer(String id, String displayName, byte[] phoneEnc) {}

    /**
     * The officers who answer for the case, by id, with how to reach them: the active officers of the
     * case's unit, or of the nearest unit above it that has any. The escalation ladder notifies them;
     * the person and the case's helpers are shown them as contacts.
     */
    public List<Officer> officerContacts(String caseId) {
        String caseUnit = cases.unitOf(caseId).orElse(null);
        if (caseUnit == null) {
            return List.of();
        }
        return jdbc.prepareStatement(
                """
                SELECT a.id, LENGTH(u.path) AS depth, a.display_name, a.phone_enc FROM admin_unit cu
                JOIN admin_unit u ON cu.path LIKE CONCAT(u.path, '%')
                JOIN account a ON a.admin_unit_id = u.id AND a.role = 'OFFICER' AND a.active
                WHERE cu.id = ? ORDER BY depth DESC, a.id""",
                ps -> {
                    ps.setString(1, caseUnit);
                    List<Officer> out = new ArrayList<>();
                    int deepest = -1;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            int depth = rs.getInt(2);
                            if (deepest == -1) {
                                deepest = depth;
                            }
                            if (depth != deepest) {
                                break;
                            }
                            out.add(new Officer(rs.getString(1), rs.getString(3), rs.getBytes(4)));
                        }
                    }
                    return out;
                });
    }

    /** Whether an officer's units include the case (for messages between mentor and officer). */
    public boolean officerCovers(String officerId, String caseId) {
        String caseUnit = cases.unitOf(caseId).orElse(null);
        if (caseUnit == null) {
            return false;
        }
        return jdbc.prepareStatement(
                """
                SELECT 1 FROM account a JOIN admin_unit ou ON ou.id = a.admin_unit_id
                JOIN admin_unit cu ON cu.id = ?
                WHERE a.id = ? AND a.role = 'OFFICER' AND a.active AND cu.path LIKE CONCAT(ou.path, '%')""",
                ps -> {
                    ps.setString(1, caseUnit);
                    ps.setString(2, officerId);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next();
                    }
                });
    }
}
