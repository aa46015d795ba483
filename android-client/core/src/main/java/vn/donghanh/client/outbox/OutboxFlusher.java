package vn.donghanh.client.outbox;

import java.io.IOException;
import vn.donghanh.client.api.ApiClient;
import vn.donghanh.client.api.ApiException;
import vn.donghanh.client.api.NotSignedInException;
import vn.donghanh.client.api.OtherAccountSignedInException;
import vn.donghanh.client.time.Clock;

/**
 * Sends the outbox in the order it was filled. A network error, 5xx, 408 or 429 stops the flush
 * and schedules the item again with backoff (honouring Retry-After), so later items never
 * overtake it; any other 4xx marks the item FAILED (kept, visible) and the flush goes on, except a
 * 404 or 410 on the case's own path ({@code /api/v1/cases/{caseId}/…}): the case is gone or no
 * longer visible to the account (assignment ended, moved to another commune), so the item is
 * marked OUT_OF_SCOPE — kept and shown with that reason, never tried again. A 401
 * is retried once by the ApiClient after a refresh; if the session is gone the queue waits.
 *
 * <p>Only the signed-in account's items (and owner-less legacy ones) are sent, each with its own
 * author's token: another account's items are skipped untouched (no attempt counted, no backoff,
 * they do not hold up the signed-in account's queue) and go out when their owner signs in again.
 */
public final class OutboxFlusher {
    private final Outbox outbox;
    private final ApiClient api;
    private final Clock clock;
    private final Backoff backoff;

    public OutboxFlusher(Outbox outbox, ApiClient api, Clock clock, Backoff backoff) {
        this.outbox = outbox;
        this.api = api;
        this.clock = clock;
        this.backoff = backoff;
    }

    /**
     * @param ignoreBackoff true when there is news that the network is back (connectivity
     *                      callback, the user pulled to refresh): try the waiting items now.
     */
    public synchronized FlushResult flush(boolean ignoreBackoff) {
        int sent = 0;
        int failed = 0;
        int outOfScope = 0;
        boolean interrupted = false;
        boolean needsSignIn = false;
        String signedIn = outbox.signedInAccountId();
        for (OutboxOperation op : outbox.store().list()) {
            if (op.state != OutboxOperation.State.PENDING || !op.belongsTo(signedIn)) {
                continue;
            }
            if (op.isHeldAt(clock.nowMillis())) {
                // Held back on purpose (the user may still undo it): never sent early, and it does
                // not hold up the items queued after it. It goes out with the first flush after.
                interrupted = true;
                continue;
            }
            if (!ignoreBackoff && op.nextAttemptAtMillis > clock.nowMillis()) {
                interrupted = true;
                break;
            }
            try {
                api.callAs(op.accountId, "POST", op.path, op.kind.hasBody() ? op.bodyJson() : null);
                outbox.store().remove(op.id);
                sent++;
            } catch (NotSignedInException e) {
                needsSignIn = true;
                break;
            } catch (OtherAccountSignedInException e) {
                // The account changed during this flush: the item waits, untouched, for its owner.
                interrupted = true;
                break;
            } catch (IOException e) {
                retryLater(op, "network: " + e.getMessage(), 0, -1);
                interrupted = true;
                break;
            } catch (ApiException e) {
                if (e.status == 401) {
                    needsSignIn = true;
                    break;
                }
                if (e.isTransient()) {
                    retryLater(op, e.getMessage(), e.status, e.retryAfterMillis);
                    interrupted = true;
                    break;
                }
                if (caseIsGone(op, e)) {
                    // Sending it again, edited or not, can never work: kept to be seen and discarded.
                    outbox.store().update(op.failed(e.humanReason(), e.status).outOfScope(e.humanReason(), e.status));
                    outOfScope++;
                } else {
                    // Kept with the server's own words, shown on the unsent-items screen beside Edit/Discard.
                    outbox.store().update(op.failed(e.humanReason(), e.status));
                }
                failed++;
            }
        }
        if (sent > 0 || failed > 0 || interrupted) {
            outbox.changed();
        }
        return new FlushResult(sent, failed, outOfScope, outbox.pendingCount(), interrupted, needsSignIn);
    }

    /**
     * The server hides a case outside the caller's scope behind 404 (and may say 410 for one that
     * is gone): on the case's own path that means the case, not a detail of the item, is out of
     * reach. A 404 elsewhere (an acknowledgement of a withdrawn reminder) stays an ordinary
     * refusal; the feed's removal entry marks those items if their case left too.
     */
    static boolean caseIsGone(OutboxOperation op, ApiException e) {
        return (e.status == 404 || e.status == 410)
                && op.caseId != null
                && op.path != null
                && op.path.startsWith("/api/v1/cases/" + op.caseId + "/");
    }

    private void retryLater(OutboxOperation op, String error, int status, long retryAfterMillis) {
        long delay = backoff.delayMillis(op.attempts + 1, retryAfterMillis);
        outbox.store().update(op.retryLater(clock.nowMillis() + delay, error, status));
    }
}
