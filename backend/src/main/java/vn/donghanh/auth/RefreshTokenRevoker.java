package vn.donghanh.auth;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import vn.donghanh.account.AccountAccessEnded;

/** Ends every refresh-token family of an account whose access ended, in the same transaction. */
@Singleton
class RefreshTokenRevoker {
    private final RefreshTokenRepository refreshTokens;
    private final Clock clock;

    RefreshTokenRevoker(RefreshTokenRepository refreshTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @EventListener
    void onAccessEnded(AccountAccessEnded event) {
        refreshTokens.revokeAllOfAccount(event.accountId(), clock.instant());
    }
}
