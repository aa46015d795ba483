package vn.donghanh.retention;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * The retention feature's own record that a case was anonymised: the case id, the run and a time, nothing else.
 */
@Singleton
class RetentionDataErasure implements PersonalDataErasure {
    @Override
    public Set<String> tables() {
        return Set.of("retention_case");
    }

    /** Nothing to erase: see above. */
    @Override
    public void erase(String caseId) {
        // ids, kinds and times only
    }
}
