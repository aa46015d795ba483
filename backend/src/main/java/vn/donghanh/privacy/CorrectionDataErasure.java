package vn.donghanh.privacy;

import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Retention for this package's own table: a closed case's correction requests lose the proposed
 * value and both free texts; which field, the answer and the dates stay for statistics.
 */
@Singleton
class CorrectionDataErasure implements PersonalDataErasure {
    private final CorrectionStore store;

    CorrectionDataErasure(CorrectionStore store) {
        this.store = store;
    }

    @Override
    public Set<String> tables() {
        return Set.of("correction_request");
    }

    @Override
    public void erase(String caseId) {
        store.erase(caseId);
    }
}
