package vn.donghanh.notification;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.Page;
import vn.donghanh.security.Caller;

/** Each account's inbox: only its own notifications, newest first. */
@Singleton
public class InboxService {
    private final InboxStore store;
    private final Clock clock;

    public InboxService(InboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public Page<NotificationModels.Notification> list(Caller caller, boolean unreadOnly, String cursor, int limit) {
        List<NotificationModels.Notification> rows =
                store.list(caller.accountId(), clock.instant(), unreadOnly, cursor, limit);
        return Page.ofOverfetched(
                rows, limit, last -> Cursor.encode(last.createdAt().toInstant().toString(), last.id()));
    }

    /** Notifications by id, unscoped: the sync feed has already limited them to the caller's own. */
    public List<NotificationModels.Notification> byIds(Collection<String> ids) {
        return store.byIds(ids);
    }

    @Transactional
    public void markRead(Caller caller, String id) {
        if (store.markRead(caller.accountId(), id, clock.instant()) == 0) {
            throw ApiException.notFound();
        }
    }

    /** For the phones' snapshot (sync): a page by id of the account's notifications visible now, since {@code since}. */
    public List<CaseRecordId> snapshotIds(String accountId, Instant since, Instant now, String afterId, int limit) {
        return store.snapshotIds(accountId, since, now, afterId, limit);
    }
}
