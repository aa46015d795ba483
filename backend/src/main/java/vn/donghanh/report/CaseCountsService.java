package vn.donghanh.report;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.donghanh.common.ApiException;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Aggregates for supervisors and officers: per commune below the caller's unit, cases by status and
 * how many active cases have a mentor. Counts only, never names.
 */
@Singleton
public class CaseCountsService {
    private final CaseCountsStore store;

    public CaseCountsService(CaseCountsStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public ReportModels.CaseCounts counts(Caller caller) {
        if (!caller.is(Role.SUPERVISOR, Role.OFFICER)) {
            throw ApiException.forbidden("only supervisors and officers see case counts");
        }
        return new ReportModels.CaseCounts(caller.unitId(), store.byCommune(caller.unitPath()));
    }
}
