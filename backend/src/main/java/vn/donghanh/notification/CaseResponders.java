package vn.donghanh.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.common.SqlLists;

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
        return SqlLists.one(
                jdbc,
                "SELECT mentor_id FROM mentor_assignment WHERE case_id = ? AND active",
                Arrays.asList(caseId),
                rs -> rs.getString(1));
    }

    public Optional<String> person(String caseId) {
        return SqlLists.one(
                jdbc,
                "SELECT id FROM account WHERE case_id = ? AND active",
                Arrays.asList(caseId),
                rs -> rs.getString(1));
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
        List<Ranked> ranked = SqlLists.query(
                jdbc,
                """
                SELECT a.id, LENGTH(u.path) AS depth, a.display_name, a.phone_enc FROM admin_unit cu
                JOIN admin_unit u ON cu.path LIKE CONCAT(u.path, '%')
                JOIN account a ON a.admin_unit_id = u.id AND a.role = 'OFFICER' AND a.active
                WHERE cu.id = ? ORDER BY depth DESC, a.id""",
                Arrays.asList(caseUnit),
                rs -> new Ranked(rs.getInt(2), new Officer(rs.getString(1), rs.getString(3), rs.getBytes(4))));
        // Deepest first: the officers of the nearest unit are the leading rows of one depth.
        List<Officer> out = new ArrayList<>();
        for (Ranked r : ranked) {
            if (r.depth() != ranked.get(0).depth()) {
                break;
            }
            out.add(r.officer());
        }
        return out;
    }

    /** An officer with the depth of the unit they serve (the length of its path). */
    private record Ranked(int depth, Officer officer) {}

    /** Whether an officer's units include the case (for messages between mentor and officer). */
    public boolean officerCovers(String officerId, String caseId) {
        String caseUnit = cases.unitOf(caseId).orElse(null);
        if (caseUnit == null) {
            return false;
        }
        return SqlLists.one(jdbc, """
                SELECT 1 FROM account a JOIN admin_unit ou ON ou.id = a.admin_unit_id
                JOIN admin_unit cu ON cu.id = ?
                WHERE a.id = ? AND a.role = 'OFFICER' AND a.active AND cu.path LIKE CONCAT(ou.path, '%')""", Arrays.asList(caseUnit, officerId), rs -> true)
                .isPresent();
    }
}
