package vn.donghanh.opportunity;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * An interest is an opportunity id, the case id and a time: nothing else to erase. (Opportunities themselves are
 * the providers' offers, not about a person.)
 */
@Singleton
class OpportunityDataErasure implements PersonalDataErasure {
    @Override
    public Set<String> tables() {
        return Set.of("opportunity_interest");
    }

    /** Nothing to erase: see above. */
    @Override
    public void erase(String caseId) {
        // ids, kinds and times only
    }
}
