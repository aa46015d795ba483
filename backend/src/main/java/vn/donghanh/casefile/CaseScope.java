package vn.donghanh.casefile;

import java.util.List;
import vn.donghanh.security.Caller;

/**
 * The data-layer form of DESIGN.md §2's scope rules, as a SQL predicate over {@code managed_case c}:
 * an officer sees cases registered in their unit and below, a mentor only active mentees, a person
 * only themself; supervisors and admins see no case rows at all (supervisors get counts elsewhere).
 */
public record CaseScope(String predicate, List<Object> params) {

    public static CaseScope of(Caller caller) {
        return switch (caller.role()) {
            case OFFICER ->
                new CaseScope(
                        "c.admin_unit_id IN (SELECT su.id FROM admin_unit su WHERE su.path LIKE ?)",
                        List.of(caller.unitPath() + "%"));
            case MENTOR ->
                new CaseScope(
                        "EXISTS (SELECT 1 FROM mentor_assignment sa WHERE sa.case_id = c.id AND sa.mentor_id = ? AND sa.active)",
                        List.of(caller.accountId()));
            case PERSON -> caller.caseId() == null ? none() : new CaseScope("c.id = ?", List.of(caller.caseId()));
            default -> none();
        };
    }

    static CaseScope none() {
        return new CaseScope("1 = 0", List.of());
    }
}
