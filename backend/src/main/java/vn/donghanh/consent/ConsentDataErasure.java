package vn.donghanh.consent;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * Consents hold a purpose, granted or withdrawn, who recorded it and when: nothing that identifies the person
 * beyond the case id. Kept as they are: they are the record of what the person agreed to.
 */
@Singleton
class ConsentDataErasure implements PersonalDataErasure {
    @Override
    public Set<String> tables() {
        return Set.of("consent");
    }

    /** Nothing to erase: see above. */
    @Override
    public void erase(String caseId) {
        // ids, kinds and times only
    }
}
