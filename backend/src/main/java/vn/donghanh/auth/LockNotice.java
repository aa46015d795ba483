package vn.donghanh.auth;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.donghanh.account.AccountEntity;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.notification.NotificationText;
import vn.donghanh.notification.Notifier;

/**
 * Tells an account's owner that repeated failed sign-ins locked it: in their inbox and by their
 * channel (push, or SMS for a feature phone), in the transaction that records the lock. Whoever
 * was trying learns nothing: their answer is the same as for any wrong secret.
 */
@Singleton
class LockNotice {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private final Notifier notifier;
    private final ZoneId zone;

    LockNotice(Notifier notifier, ServiceTime time) {
        this.notifier = notifier;
        this.zone = time.zone();
    }

    void tell(AccountEntity account, Instant lockedUntil) {
        // Discreet like every notification: it may show on a lock screen.
        notifier.notify(
                account.id(),
                NotificationText.ACCOUNT_LOCKED,
                Notifier.Priority.HIGH,
                null,
                null,
                "account-locked:" + account.id() + ":" + lockedUntil.toEpochMilli(),
                TIME.format(lockedUntil.atZone(zone)));
    }
}
