package vn.donghanh.notification;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.account.AccountEntity;
import vn.donghanh.account.AccountRepository;
import vn.donghanh.privacy.Anonymised;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * Notifications about the case (to mentors and officers) and to the person (reminders, by push or SMS, lock
 * notices): their titles and bodies are replaced. The SMS itself is not stored anywhere else: the outbox row holds
 * only its delivery state, whose last error is cleared.
 */
@Singleton
class NotificationDataErasure implements PersonalDataErasure {
    private final InboxStore store;
    private final AccountRepository accounts;

    NotificationDataErasure(InboxStore store, AccountRepository accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    @Override
    public Set<String> tables() {
        return Set.of("notification", "outbox");
    }

    @Override
    public void erase(String caseId) {
        String account = accounts.findByCaseId(caseId).map(AccountEntity::id).orElse(null);
        store.eraseTexts(caseId, account, Anonymised.TEXT);
    }
}
