package vn.donghanh.referral;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * Referrals keep their pipeline (provider, kind, statuses, dates, which fields were shared, retention outcomes);
 * the notes typed on their steps and retention checks go.
 */
@Singleton
class ReferralDataErasure implements PersonalDataErasure {
    private final ReferralStore store;

    ReferralDataErasure(ReferralStore store) {
        this.store = store;
    }

    @Override
    public Set<String> tables() {
        return Set.of("referral", "referral_step", "retention_check");
    }

    @Override
    public void erase(String caseId) {
        store.eraseNotes(caseId);
    }
}
