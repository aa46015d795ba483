package vn.donghanh.account;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.Anonymised;
import vn.donghanh.privacy.PersonalDataErasure;

/**
 * The person's own account (phone login, PIN, activation code), made unusable and nameless. Its refresh tokens and
 * the phones' push tokens belong to auth and delivery, which erase them by this account.
 */
@Singleton
class AccountDataErasure implements PersonalDataErasure {
    private final AccountRepository accounts;

    AccountDataErasure(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Set<String> tables() {
        return Set.of("account");
    }

    @Override
    public void erase(String caseId) {
        accounts.anonymiseOfCase(caseId, Anonymised.TEXT);
    }
}
