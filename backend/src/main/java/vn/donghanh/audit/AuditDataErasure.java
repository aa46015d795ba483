package vn.donghanh.audit;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * The audit log is append-only and hash-chained (V2, V27): its rows are never rewritten, or the chain would no longer
 * verify. They carry ids, roles, actions and short codes (never a name, national ID or phone: every append in the
 * code passes ids and enum words), plus the client address of the request, which is kept as the law's record of
 * who accessed what. The erasure itself is recorded there (AuditAction.CASE_ANONYMISE).
 */
@Singleton
class AuditDataErasure implements PersonalDataErasure {
    @Override
    public Set<String> tables() {
        return Set.of("audit_event");
    }

    /** Nothing to erase: see above. */
    @Override
    public void erase(String caseId) {
        // ids, kinds and times only
    }
}
