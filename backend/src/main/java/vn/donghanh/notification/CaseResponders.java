package vn.donghanh.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.donghanh.account.AccountEntity;
import vn.donghanh.account.AccountService;
import vn.donghanh.adminunit.AdminUnitService;
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
    private final AccountService accounts;
    private final AdminUnitService units;
    // casefile's queries, not its service: CaseService itself depends on this class.
    private final CaseQueries cases;

    public CaseResponders(JdbcOperations jdbc, AccountService accounts, AdminUnitService units, CaseQueries cases) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.units = units;
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
        return accounts.activePersonOf(caseId);
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
        return caseUnit == null ? List.of() : officersOfUnit(caseUnit);
    }

    /**
     * The officers who answer for a unit: its own active officers, or those of the nearest unit above
     * it that has any (the case's commune, or a commune a transfer waits on), by id.
     */
    public List<Officer> officersOfUnit(String unitId) {
        List<String> lineage = units.lineage(unitId);
        Map<String, List<AccountEntity>> byUnit =
                accounts.activeOfficersIn(lineage).stream().collect(Collectors.groupingBy(AccountEntity::adminUnitId));
        for (String unit : lineage) {
            List<AccountEntity> officers = byUnit.get(unit);
            if (officers != null) {
                return officers.stream()
                        .sorted(Comparator.comparing(AccountEntity::id))
                        .map(a -> new Officer(a.id(), a.displayName(), a.phoneEnc()))
                        .toList();
            }
        }
        return List.of();
    }

    /** Whether an officer's units include the case (for messages between mentor and officer). */
    public boolean officerCovers(String officerId, String caseId) {
        String caseUnit = cases.unitOf(caseId).orElse(null);
        if (caseUnit == null) {
            return false;
        }
        String officerUnit = accounts.activeOfficerUnit(officerId).orElse(null);
        return officerUnit != null && units.lineage(caseUnit).contains(officerUnit);
    }
}
