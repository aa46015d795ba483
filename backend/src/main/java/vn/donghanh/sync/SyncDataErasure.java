package vn.donghanh.sync;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * The sync feed's change log and the record of cases taken off the phones hold ids and times only, never a record's
 * content (the feed reads the records themselves, already anonymised). Old changes are pruned by SyncPruner.
 */
@Singleton
class SyncDataErasure implements PersonalDataErasure {
    @Override
    public Set<String> tables() {
        return Set.of("sync_change", "sync_case_retired");
    }

    /** Nothing to erase: see above. */
    @Override
    public void erase(String caseId) {
        // ids, kinds and times only
    }
}
