package vn.donghanh.escalation;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * Overdue alerts hold a plan series, times and who acted first: nothing that identifies the person beyond the case
 * id. Kept as they are for the "time to first human contact" figures.
 */
@Singleton
class AlertDataErasure implements PersonalDataErasure {
    @Override
    public Set<String> tables() {
        return Set.of("overdue_alert");
    }

    /** Nothing to erase: see above. */
    @Override
    public void erase(String caseId) {
        // ids, kinds and times only
    }
}
