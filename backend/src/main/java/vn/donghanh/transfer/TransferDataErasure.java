package vn.donghanh.transfer;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.Anonymised;
import vn.donghanh.privacy.PersonalDataErasure;

/** Transfers keep the communes, states and dates (movement figures); the reason, new address and notes go. */
@Singleton
class TransferDataErasure implements PersonalDataErasure {
    private final TransferStore store;

    TransferDataErasure(TransferStore store) {
        this.store = store;
    }

    @Override
    public Set<String> tables() {
        return Set.of("case_transfer");
    }

    @Override
    public void erase(String caseId) {
        store.eraseTexts(caseId, Anonymised.TEXT);
    }
}
