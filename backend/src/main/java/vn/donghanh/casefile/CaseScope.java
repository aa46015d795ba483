package vn.donghanh.casefile;

import java.time.LocalDate;
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
 *
 * <p>An officer's scope is by unit, so it also answers for a unit rather than a case ({@link
 * #coversUnit(String)}): whether a case registered there lies in it, even once the case has moved away.
 */
public final class CaseScope {
    private static final String ALIAS = "{case}";
    private static final String UNIT = "{unit}";
    private static final String IN_UNITS = " IN (SELECT su.id FROM admin_unit su WHERE su.path LIKE ?)";
    private static final String NEVER = "1 = 0";
    private final String template;
    private final List<Object> params;
    private final String unitTemplate;
    private final List<Object> unitParams;

    private CaseScope(String template, List<Object> params) {
        this(template, params, NEVER, List.of());
    }

    private CaseScope(String template, List<Object> params, String unitTemplate, List<Object> unitParams) {
        this.template = template;
        this.params = List.copyOf(params);
        this.unitTemplate = unitTemplate;
        this.unitParams = List.copyOf(unitParams);
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
        List<Object> params = List.of(unitPath + "%");
        return new CaseScope(ALIAS + ".admin_unit_id" + IN_UNITS, params, UNIT + IN_UNITS, params);
    }

    /** Every case: for the service's own jobs (the escalation scan), never for a caller. */
    public static CaseScope all() {
        return new CaseScope("1 = 1", List.of(), "1 = 1", List.of());
    }

    static CaseScope none() {
        return new CaseScope(NEVER, List.of());
    }

    /**
     * This scope as the staff phones hold it: without the cases that closed (completed, deceased,
     * transferred out of the system) before {@code closedBefore}. A person's own case stays on their phone.
     */
    public CaseScope onPhones(LocalDate closedBefore, boolean person) {
        if (person) {
            return this;
        }
        List<Object> p = new java.util.ArrayList<>(params);
        p.add(closedBefore);
        return new CaseScope(
                "(" + template + ") AND NOT (" + ALIAS + ".status IN ('COMPLETED', 'DECEASED', 'TRANSFERRED_OUT') AND "
                        + ALIAS + ".status_since < ?)",
                p,
                unitTemplate,
                unitParams);
    }

    /** The predicate for a query that calls {@code managed_case} {@code alias}. */
    public String predicate(String alias) {
        return template.replace(ALIAS, alias);
    }

    /** The predicate for a query that calls {@code managed_case} {@code c}. */
    public String predicate() {
        return predicate("c");
    }

    /**
     * A subquery of the ids of the cases in this scope, for {@code … case_id IN (…)} in another feature's query
     * (the case table stays casefile's to name). Its placeholders' values are {@link #params()}.
     */
    public String caseIds() {
        return "SELECT c.id FROM managed_case c WHERE " + predicate();
    }

    /**
     * A derived table of the cases in this scope with the unit each is registered in now ({@code id},
     * {@code admin_unit_id}), for another feature's {@code JOIN (…) sc ON sc.id = x.case_id … GROUP BY
     * sc.admin_unit_id}: figures per commune in one statement. Its placeholders' values are {@link #params()}.
     */
    public String caseUnits() {
        return "SELECT c.id, c.admin_unit_id FROM managed_case c WHERE " + predicate();
    }

    /** The values of the predicate's placeholders, in order. */
    public List<Object> params() {
        return params;
    }

    /**
     * The predicate that a case registered in the unit whose id is the SQL expression {@code unitId}
     * lies in this scope: for an officer, the unit is theirs or below theirs; a mentor's or a person's
     * scope is not by unit, so for them it never holds. Its placeholders' values are {@link #unitParams()}.
     */
    public String coversUnit(String unitId) {
        return unitTemplate.replace(UNIT, unitId);
    }

    /** The values of {@link #coversUnit(String)}'s placeholders, in order. */
    public List<Object> unitParams() {
        return unitParams;
    }
}
