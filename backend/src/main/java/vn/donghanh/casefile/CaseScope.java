package vn.donghanh.casefile;

import java.util.List;
import vn.donghanh.security.Caller;

/**
 * The data-layer form of DESIGN.md §2's scope rules, as a SQL predicate over {@code managed_case}:
 * an officer sees cases registered in their unit and below, a mentor only active mentees, a person
 * only themself; supervisors and admins see no case rows at all (supervisors get counts elsewhere).
 *
 * <p>The predicate is kept as a template over the case table's alias, so a query names its own
 * alias ({@link #predicate(String)}) instead of every query having to call the table {@code c};
 * jobs that must see every case say so with {@link #all()} rather than with a made-up predicate.
 */
public final class CaseScope {
    private static final String ALIAS = "{case}";
    private final String template;
    private final List<Object> params;

    private CaseScope(String template, List<Object> params) {
        this.template = template;
        this.params = List.copyOf(params);
    }

    public static CaseScope of(Caller caller) {
        return switch (caller.role()) {
            case OFFICER -> withinUnit(caller.unitPath());
            case MENTOR ->
                new CaseScope(
                        "EXISTS (SELECT 1 FROM mentor_assignment sa WHERE sa.case_id = {case}.id AND sa.mentor_id = ?"
                                + " AND sa.active)",
                        List.of(caller.accountId()));
            case PERSON -> caller.caseId() == null ? none() : new CaseScope("{case}.id = ?", List.of(caller.caseId()));
            default -> none();
        };
    }

    /** Cases registered in the unit with this path or below it, whoever asks (aggregates, reports). */
    public static CaseScope withinUnit(String unitPath) {
        return new CaseScope(
                "{case}.admin_unit_id IN (SELECT su.id FROM admin_unit su WHERE su.path LIKE ?)",
                List.of(unitPath + "%"));
    }

    /** Every case: for the service's own jobs (the escalation scan), never for a caller. */
    public static CaseScope all() {
        return new CaseScope("1 = 1", List.of());
    }

    static CaseScope none() {
        return new CaseScope("1 = 0", List.of());
    }

    /** The predicate for a query that calls {@code managed_case} {@code alias}. */
    public String predicate(String alias) {
        return template.replace(ALIAS, alias);
    }

    /** The predicate for a query that calls {@code managed_case} {@code c}. */
    public String predicate() {
        return predicate("c");
    }

    /** The values of the predicate's placeholders, in order. */
    public List<Object> params() {
        return params;
    }
}
