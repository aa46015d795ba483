package vn.donghanh.client.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.json.JSONArray;
import org.json.JSONObject;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.store.OutboxStore;
import vn.donghanh.client.store.SessionStore;
import vn.donghanh.client.time.Clock;
import vn.donghanh.client.time.Rfc3339;

/**
 * Everything the user creates goes here first, with a client-chosen UUID, and is sent by the
 * {@link OutboxFlusher} when the network allows. Queueing never touches the network, so it is
 * safe on the main thread only if the store is fast; the app queues from its background executor.
 *
 * <p>Each item is stamped with the signed-in account. A phone may be shared (a family phone, an
 * officer borrowing a mentor's phone), so everything read here — unsent lists, counts, retry,
 * discard — concerns the signed-in account's items (and owner-less legacy ones) only; the items of
 * other accounts wait untouched until their owner signs in again.
 */
public final class Outbox {
    private final OutboxStore store;
    private final Clock clock;
    private final SessionStore sessions;
    private final List<OutboxListener> listeners = new CopyOnWriteArrayList<>();

    /** {@code sessions} tells who is signed in: the owner of what is queued now. */
    public Outbox(OutboxStore store, Clock clock, SessionStore sessions) {
        this.store = store;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** The account whose items are shown and sent now; null when nobody is signed in. */
    public String signedInAccountId() {
        Session session = sessions.load();
        return session == null || session.account == null ? null : session.account.id;
    }

    /** "Tôi ổn": a person's own check-in; wellbeing 1..5 and craving 0..10 are optional. */
    public String queueCheckin(String caseId, Integer wellbeing, Integer craving, String note) {
        JSONObject body = checkin("SELF", note);
        if (wellbeing != null) {
            Json.put(body, "wellbeing", wellbeing);
        }
        if (craving != null) {
            Json.put(body, "craving", craving);
        }
        return queue(OutboxKind.CHECKIN, caseId, "/api/v1/cases/" + caseId + "/checkins", body);
    }

    /** An officer records the person's presence at the commune office (a check-in of that kind). */
    public String queueOfficePresence(String caseId, String note) {
        return queue(
                OutboxKind.OFFICE_PRESENCE,
                caseId,
                "/api/v1/cases/" + caseId + "/checkins",
                checkin("OFFICE_PRESENCE", note));
    }

    /**
     * Office presence the officer may still take back: its first attempt waits {@code holdMillis}
     * (the undo window), so no flush sends it before; {@link #withdraw} drops it meanwhile,
     * {@link #releaseHold} lets it go at the next flush. Its occurredAt is now, whenever it is sent.
     */
    public String queueOfficePresence(String caseId, String note, long holdMillis) {
        String id = UUID.randomUUID().toString();
        JSONObject body = checkin("OFFICE_PRESENCE", note);
        Json.put(body, "id", id);
        long now = clock.nowMillis();
        store.add(OutboxOperation.create(
                        id,
                        OutboxKind.OFFICE_PRESENCE,
                        caseId,
                        "/api/v1/cases/" + caseId + "/checkins",
                        body,
                        now,
                        signedInAccountId())
                .withFirstAttemptAt(now + Math.max(0, holdMillis)));
        changed();
        return id;
    }

    /** Ends a hold set at queueing (the undo window is over): the item goes at the next flush. */
    public void releaseHold(String id) {
        OutboxOperation op = find(id);
        if (op != null && op.isHeldAt(clock.nowMillis())) {
            store.update(op.withFirstAttemptAt(clock.nowMillis()));
            changed();
        }
    }

    /**
     * Undo: drops the signed-in account's item if it was never tried (so the server cannot have
     * it). False when it is gone (sent) or a send was already attempted (it may have arrived).
     */
    public boolean withdraw(String id) {
        OutboxOperation op = find(id);
        if (op == null || op.attempts > 0 || op.state != OutboxOperation.State.PENDING) {
            return false;
        }
        store.remove(id);
        changed();
        return true;
    }

    /** A mentor's contact or home visit; {@code type} is a ContactType, concerns Concern names. */
    public String queueContact(
            String caseId,
            String type,
            long occurredAtMillis,
            String summary,
            List<String> concerns,
            boolean followUpNeeded) {
        JSONObject body = new JSONObject();
        Json.put(body, "type", type);
        Json.put(body, "occurredAt", Rfc3339.formatUtc(occurredAtMillis));
        Json.put(body, "summary", summary);
        Json.put(body, "concerns", new JSONArray(concerns));
        Json.put(body, "followUpNeeded", followUpNeeded);
        return queue(OutboxKind.CONTACT, caseId, "/api/v1/cases/" + caseId + "/contacts", body);
    }

    public String queueMessage(String caseId, String recipientAccountId, String text) {
        JSONObject body = new JSONObject();
        Json.put(body, "recipientId", recipientAccountId);
        Json.put(body, "body", text);
        return queue(OutboxKind.MESSAGE, caseId, "/api/v1/cases/" + caseId + "/messages", body);
    }

    /** "Cần giúp đỡ"; category is a HelpCategory (CRAVING, CRISIS, CONFLICT, OTHER). */
    public String queueHelpRequest(String caseId, String category, String note) {
        JSONObject body = new JSONObject();
        Json.put(body, "category", category);
        if (note != null) {
            Json.put(body, "note", note);
        }
        return queue(OutboxKind.HELP_REQUEST, caseId, "/api/v1/cases/" + caseId + "/help-requests", body);
    }

    /**
     * "I'll be there" (COMING) or "done" (DONE) from a reminder. Keyed by the reminder id, so a
     * second answer queued before the first was sent replaces it (the server keeps the last one).
     */
    public String queueReminderAcknowledgement(String caseId, String reminderId, String response) {
        JSONObject body = Json.put(new JSONObject(), "response", response);
        OutboxOperation op = OutboxOperation.create(
                reminderId,
                OutboxKind.REMINDER_ACKNOWLEDGEMENT,
                caseId,
                "/api/v1/reminders/" + reminderId + "/acknowledge",
                body,
                clock.nowMillis(),
                signedInAccountId());
        store.add(op);
        changed();
        return reminderId;
    }

    /**
     * "Tôi đang lo" for a help request. Keyed by the request, so a second tap while the first
     * waits queues nothing more; the server records only the first acknowledgement anyway.
     */
    public String queueHelpAcknowledgement(String caseId, String helpRequestId) {
        return queueOnce(
                helpAcknowledgementId(helpRequestId),
                OutboxKind.ACKNOWLEDGE_HELP,
                caseId,
                "/api/v1/help-requests/" + helpRequestId + "/acknowledge");
    }

    /** "Tôi đang lo" for an overdue alert (the first human action on it); keyed by the alert. */
    public String queueAlertAcknowledgement(String caseId, String alertId) {
        return queueOnce(
                alertAcknowledgementId(alertId),
                OutboxKind.ACKNOWLEDGE_ALERT,
                caseId,
                "/api/v1/alerts/" + alertId + "/acknowledge");
    }

    /** The outbox id of a help request's acknowledgement. */
    public static String helpAcknowledgementId(String helpRequestId) {
        return "ack-help-" + helpRequestId;
    }

    /** The outbox id of an alert's acknowledgement. */
    public static String alertAcknowledgementId(String alertId) {
        return "ack-alert-" + alertId;
    }

    /** A mentor or officer refers the case to an OPEN opportunity; the note is optional. */
    public String queueReferral(String caseId, String opportunityId, String note) {
        JSONObject body = new JSONObject();
        Json.put(body, "opportunityId", opportunityId);
        if (note != null && note.trim().length() > 0) {
            Json.put(body, "note", note.trim());
        }
        return queue(OutboxKind.REFERRAL, caseId, "/api/v1/cases/" + caseId + "/referrals", body);
    }

    /** The signed-in account's items not yet accepted by the server (pending and failed), oldest first. */
    public List<OutboxOperation> unsent() {
        return unsent(null, null);
    }

    public List<OutboxOperation> unsent(String caseId, OutboxKind kind) {
        String me = signedInAccountId();
        List<OutboxOperation> out = new ArrayList<>();
        for (OutboxOperation op : store.list()) {
            if (op.belongsTo(me) && (caseId == null || caseId.equals(op.caseId)) && (kind == null || kind == op.kind)) {
                out.add(op);
            }
        }
        return out;
    }

    /**
     * How many items of accounts other than {@code accountId} wait on this phone for their owner
     * to sign in again (e.g. to warn before signing someone else in, or to explain a full queue).
     */
    public int waitingForOthers(String accountId) {
        int n = 0;
        for (OutboxOperation op : store.list()) {
            if (op.accountId != null && !op.accountId.equals(accountId)) {
                n++;
            }
        }
        return n;
    }

    /** True while the operation waits in the outbox (pending or failed), whoever owns it. */
    public boolean isUnsent(String id) {
        for (OutboxOperation op : store.list()) {
            if (op.id.equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** The signed-in account's items waiting to be sent ("Chưa gửi: N" adds {@link #failedCount()}). */
    public int pendingCount() {
        return count(OutboxOperation.State.PENDING);
    }

    /**
     * The signed-in account's items that will not go out by themselves: refused by the server for
     * good (the user retries, edits or discards) or no longer sendable (the case left their scope:
     * the user discards). "Không gửi được: N".
     */
    public int failedCount() {
        return count(OutboxOperation.State.FAILED) + count(OutboxOperation.State.OUT_OF_SCOPE);
    }

    /** Of {@link #failedCount()}, those whose case left the account's scope. */
    public int outOfScopeCount() {
        return count(OutboxOperation.State.OUT_OF_SCOPE);
    }

    /**
     * The case left the signed-in account's scope (a removal in the sync feed): its items of this
     * account can never be sent. They are kept, marked, for the user to see and discard, never
     * dropped silently. Returns how many were marked.
     */
    public int markOutOfScope(String caseId) {
        if (caseId == null) {
            return 0;
        }
        int marked = 0;
        for (OutboxOperation op : unsent(caseId, null)) {
            if (op.canBeSent()) {
                store.update(op.outOfScope(op.lastError, op.lastStatus));
                marked++;
            }
        }
        if (marked > 0) {
            changed();
        }
        return marked;
    }

    /**
     * Deletes every item {@code accountId} queued (the account was deactivated: nothing of it can
     * ever be sent, and nobody may read it on this phone any more). Returns how many were dropped,
     * so the sign-in screen can say so.
     */
    public int dropAllOf(String accountId) {
        if (accountId == null) {
            return 0;
        }
        int dropped = 0;
        for (OutboxOperation op : store.list()) {
            if (accountId.equals(op.accountId)) {
                store.remove(op.id);
                dropped++;
            }
        }
        if (dropped > 0) {
            changed();
        }
        return dropped;
    }

    /**
     * Puts the signed-in account's failed item back in the queue (e.g. after the user fixed the
     * cause). An item whose case left the account's scope stays as it is.
     */
    public void retry(String id) {
        for (OutboxOperation op : unsent()) {
            if (op.id.equals(id) && op.canBeSent()) {
                store.update(op.resubmitted(clock.nowMillis()));
                changed();
            }
        }
    }

    /** Drops one of the signed-in account's items; another account's item is never someone else's to drop. */
    public void discard(String id) {
        for (OutboxOperation op : unsent()) {
            if (op.id.equals(id)) {
                store.remove(id);
                changed();
            }
        }
    }

    /**
     * Replaces the body of one of the signed-in account's items (e.g. the user fixed what the
     * server refused) and puts it back in the queue as PENDING, in its old place. The client id
     * stays: {@code id} in the new body is set to the item's id whatever the caller passed, so the
     * server still sees one record. Returns false when there is no such item of this account, or
     * when its case left the account's scope (it can only be discarded).
     */
    public boolean edit(String id, JSONObject newBody) {
        for (OutboxOperation op : unsent()) {
            if (op.id.equals(id) && op.canBeSent()) {
                JSONObject body = Json.parse(newBody.toString());
                if (op.bodyJson().has("id")) {
                    Json.put(body, "id", op.id);
                }
                store.update(op.edited(body.toString(), clock.nowMillis()));
                changed();
                return true;
            }
        }
        return false;
    }

    /**
     * Edits the user-written text of an item ({@link OutboxTexts#field}: a message's body, a
     * contact's summary, a note) and queues it again. A blank note is dropped; false when the
     * item has no such text or is not the signed-in account's.
     */
    public boolean editText(String id, String newText) {
        for (OutboxOperation op : unsent()) {
            if (op.id.equals(id)) {
                String field = OutboxTexts.field(op.kind);
                if (field == null) {
                    return false;
                }
                JSONObject body = op.bodyJson();
                String text = newText == null ? "" : newText.trim();
                if (text.isEmpty() && OutboxTexts.optional(op.kind)) {
                    body.remove(field);
                } else {
                    Json.put(body, field, text);
                }
                return edit(id, body);
            }
        }
        return false;
    }

    /** One of the signed-in account's unsent items, or null. */
    public OutboxOperation find(String id) {
        for (OutboxOperation op : unsent()) {
            if (op.id.equals(id)) {
                return op;
            }
        }
        return null;
    }

    public void addListener(OutboxListener listener) {
        listeners.add(listener);
    }

    public void removeListener(OutboxListener listener) {
        listeners.remove(listener);
    }

    OutboxStore store() {
        return store;
    }

    void changed() {
        for (OutboxListener l : listeners) {
            l.onOutboxChanged();
        }
    }

    private JSONObject checkin(String kind, String note) {
        JSONObject body = new JSONObject();
        Json.put(body, "kind", kind);
        Json.put(body, "occurredAt", Rfc3339.formatUtc(clock.nowMillis()));
        if (note != null) {
            Json.put(body, "note", note);
        }
        return body;
    }

    /**
     * A training course's answers, given offline ({@code body}: version, occurredAt, answers); the
     * id goes into the body, so the server answers a resend with the first attempt (issue 17).
     */
    public String queueTrainingAttempt(String courseId, JSONObject body) {
        return queue(OutboxKind.TRAINING_ATTEMPT, null, "/api/v1/training/courses/" + courseId + "/attempts", body);
    }

    private String queue(OutboxKind kind, String caseId, String path, JSONObject body) {
        String id = UUID.randomUUID().toString();
        Json.put(body, "id", id);
        store.add(OutboxOperation.create(id, kind, caseId, path, body, clock.nowMillis(), signedInAccountId()));
        changed();
        return id;
    }

    private String queueOnce(String id, OutboxKind kind, String caseId, String path) {
        if (!isUnsent(id)) {
            store.add(OutboxOperation.create(
                    id, kind, caseId, path, new JSONObject(), clock.nowMillis(), signedInAccountId()));
            changed();
        }
        return id;
    }

    private int count(OutboxOperation.State state) {
        int n = 0;
        for (OutboxOperation op : unsent()) {
            if (op.state == state) {
                n++;
            }
        }
        return n;
    }
}
