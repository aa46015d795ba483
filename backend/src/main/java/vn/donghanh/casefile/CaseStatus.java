package vn.donghanh.casefile;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Statuses of a managed person and the moves between them. TRANSFERRED_OUT, COMPLETED and
 * DECEASED end management in this commune; a relapse is followed by a decision (return to
 * management or to rehab), never decided by the system.
 */
public enum CaseStatus {
    ACTIVE,
    SUSPENDED,
    ABSENT,
    TRANSFERRED_OUT,
    RELAPSED,
    COMPLETED,
    DECEASED;

    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(
            ACTIVE, EnumSet.of(SUSPENDED, ABSENT, TRANSFERRED_OUT, RELAPSED, COMPLETED, DECEASED),
            SUSPENDED, EnumSet.of(ACTIVE, ABSENT, TRANSFERRED_OUT, RELAPSED, DECEASED),
            ABSENT, EnumSet.of(ACTIVE, SUSPENDED, TRANSFERRED_OUT, RELAPSED, DECEASED),
            RELAPSED, EnumSet.of(ACTIVE, SUSPENDED, ABSENT, TRANSFERRED_OUT, DECEASED),
            TRANSFERRED_OUT, EnumSet.noneOf(CaseStatus.class),
            COMPLETED, EnumSet.noneOf(CaseStatus.class),
            DECEASED, EnumSet.noneOf(CaseStatus.class));

    public boolean canMoveTo(CaseStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    public Set<CaseStatus> next() {
        return ALLOWED.get(this);
    }

    /** Management in this commune is over: the case leaves the caseload and its mentor is released. */
    public boolean isClosed() {
        return this == TRANSFERRED_OUT || this == COMPLETED || this == DECEASED;
    }
}
