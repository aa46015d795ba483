package vn.donghanh.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

class CaseScopeTest {
    /** The old hard-wired alias: "c." not preceded by a letter (so "mc." and "sa.case_id" do not count). */
    private static final java.util.regex.Pattern BARE_C = java.util.regex.Pattern.compile("(?<!\\w)c\\.");

    private static Caller caller(Role role) {
        return new Caller("acct-1", role, "Tên", "unit-1", "/vn/p1/c1/", null, "case-1", null);
    }

    @Test
    void eachRolesPredicateNamesTheAliasTheQueryGivesTheCaseTable() {
        for (Role role : List.of(Role.OFFICER, Role.MENTOR, Role.PERSON)) {
            String predicate = CaseScope.of(caller(role)).predicate("mc");
            assertTrue(predicate.contains("mc."), role + ": " + predicate);
            assertFalse(
                    predicate.contains("{case}") || BARE_C.matcher(predicate).find(), role + ": " + predicate);
        }
        assertEquals(
                CaseScope.of(caller(Role.OFFICER)).predicate("c"),
                CaseScope.of(caller(Role.OFFICER)).predicate());
        assertEquals(List.of("/vn/p1/c1/%"), CaseScope.of(caller(Role.OFFICER)).params());
        assertEquals(List.of("acct-1"), CaseScope.of(caller(Role.MENTOR)).params());
    }

    @Test
    void supervisorsAndAdminsSeeNoCaseRowsAndOnlyJobsSeeAll() {
        assertEquals("1 = 0", CaseScope.of(caller(Role.SUPERVISOR)).predicate());
        assertEquals("1 = 0", CaseScope.of(caller(Role.ADMIN)).predicate());
        assertEquals("1 = 1", CaseScope.all().predicate("anything"));
        assertEquals(List.of(), CaseScope.all().params());
    }

    @Test
    void onlyAnOfficersScopeCoversAUnitAndItIsTheSameUnitsAsItsCases() {
        String officer = CaseScope.of(caller(Role.OFFICER)).coversUnit("sc.from_unit_id");
        assertTrue(officer.startsWith("sc.from_unit_id IN ("), officer);
        assertEquals(
                CaseScope.of(caller(Role.OFFICER)).predicate("mc").replace("mc.admin_unit_id", "sc.from_unit_id"),
                officer,
                "a unit is covered exactly when a case registered there would be");
        assertEquals(List.of("/vn/p1/c1/%"), CaseScope.of(caller(Role.OFFICER)).unitParams());
        for (Role role : List.of(Role.MENTOR, Role.PERSON, Role.SUPERVISOR, Role.ADMIN)) {
            assertEquals("1 = 0", CaseScope.of(caller(role)).coversUnit("u.id"), role + " is not scoped by unit");
            assertEquals(List.of(), CaseScope.of(caller(role)).unitParams());
        }
    }
}
