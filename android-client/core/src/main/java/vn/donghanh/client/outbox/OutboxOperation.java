package vn.donghanh.client.outbox;

import org.json.JSONObject;
import vn.donghanh.client.model.Json;

/**
 * One queued POST. {@code id} is the client-chosen UUID that also goes into the body, so the
 * server treats a resend as the same record (idempotent create). Immutable: state changes give
 * a new instance for {@link vn.donghanh.client.store.OutboxStore#update}.
 *
 * <p>{@code accountId} is the account that created it: a shared phone may hold items of several
 * accounts, and each must be sent with its own author's token, never with whoever signed in next.
 */
public final class OutboxOperation {
    public enum State {
        /** Waiting to be sent (maybe after a backoff). */
        PENDING,
        /** The server refused it for good (a 4xx); kept so the user sees it was not sent. */
        FAILED,
        /**
         * Can never be sent: its case left the account's scope (the sync feed removed it, or the
         * server answered that the case is gone or no longer visible). Kept so the user sees what
         * was not sent and why; never retried or edited, only discarded.
         */
        OUT_OF_SCOPE
    }

    public final String id;
    public final OutboxKind kind;
    /** The case it concerns, for "not yet sent" markers on case screens; may be null. */
    public final String caseId;
    /** Path below the base URL, e.g. {@code /api/v1/cases/{caseId}/checkins}. */
    public final String path;

    public final String body;
    public final long createdAtMillis;
    public final int attempts;
    public final long nextAttemptAtMillis;
    public final String lastError;
    public final State state;
    /** The HTTP status of the last refusal, 0 when none. */
    public final int lastStatus;
    /**
     * The account that queued it; null only for items stored before owners were recorded, which
     * belong to whoever is signed in (as they did then).
     */
    public final String accountId;

    public OutboxOperation(
            String id,
            OutboxKind kind,
            String caseId,
            String path,
            String body,
            long createdAtMillis,
            int attempts,
            long nextAttemptAtMillis,
            String lastError,
            State state,
            int lastStatus,
            String accountId) {
        this.id = id;
        this.kind = kind;
        this.caseId = caseId;
        this.path = path;
        this.body = body;
        this.createdAtMillis = createdAtMillis;
        this.attempts = attempts;
        this.nextAttemptAtMillis = nextAttemptAtMillis;
        this.lastError = lastError;
        this.state = state;
        this.lastStatus = lastStatus;
        this.accountId = accountId;
    }

    /** A new pending item of {@code accountId} (the signed-in account that created it). */
    public static OutboxOperation create(
            String id, OutboxKind kind, String caseId, String path, JSONObject body, long nowMillis, String accountId) {
        return new OutboxOperation(
                id, kind, caseId, path, body.toString(), nowMillis, 0, nowMillis, null, State.PENDING, 0, accountId);
    }

    /**
     * The same new item with its first attempt not before {@code firstAttemptAtMillis}: held back
     * on purpose (e.g. while the user may still undo it), see {@link #isHeldAt(long)}.
     */
    public OutboxOperation withFirstAttemptAt(long firstAttemptAtMillis) {
        return new OutboxOperation(
                id,
                kind,
                caseId,
                path,
                body,
                createdAtMillis,
                attempts,
                firstAttemptAtMillis,
                lastError,
                state,
                lastStatus,
                accountId);
    }

    /**
     * True while a never-tried item waits for a first attempt set in the future: it is not sent
     * before then, even when a flush ignores backoff (the user can still take it back).
     */
    public boolean isHeldAt(long nowMillis) {
        return state == State.PENDING && attempts == 0 && nextAttemptAtMillis > nowMillis;
    }

    /**
     * True when the signed-in account may see and send it: its owner, or anyone for an owner-less
     * legacy item. With nobody signed in ({@code signedInAccountId} null) only legacy items qualify.
     */
    public boolean belongsTo(String signedInAccountId) {
        return accountId == null || accountId.equals(signedInAccountId);
    }

    public OutboxOperation retryLater(long nextAttemptAtMillis, String error, int status) {
        return new OutboxOperation(
                id,
                kind,
                caseId,
                path,
                body,
                createdAtMillis,
                attempts + 1,
                nextAttemptAtMillis,
                error,
                State.PENDING,
                status,
                accountId);
    }

    public OutboxOperation failed(String error, int status) {
        return new OutboxOperation(
                id,
                kind,
                caseId,
                path,
                body,
                createdAtMillis,
                attempts + 1,
                nextAttemptAtMillis,
                error,
                State.FAILED,
                status,
                accountId);
    }

    /**
     * Its case is no longer the account's: kept, never sent again. {@code error}/{@code status}
     * keep the server's answer when there was one (else what was known before).
     */
    public OutboxOperation outOfScope(String error, int status) {
        return new OutboxOperation(
                id,
                kind,
                caseId,
                path,
                body,
                createdAtMillis,
                attempts,
                nextAttemptAtMillis,
                error,
                State.OUT_OF_SCOPE,
                status,
                accountId);
    }

    /** False once the case left the account's scope: such an item is only ever discarded. */
    public boolean canBeSent() {
        return state != State.OUT_OF_SCOPE;
    }

    /** The user asked to try a failed item again. */
    public OutboxOperation resubmitted(long nowMillis) {
        return new OutboxOperation(
                id, kind, caseId, path, body, createdAtMillis, 0, nowMillis, null, State.PENDING, 0, accountId);
    }

    /** The user changed what is sent (after a refusal): pending again, attempts and error cleared. */
    public OutboxOperation edited(String newBody, long nowMillis) {
        return new OutboxOperation(
                id, kind, caseId, path, newBody, createdAtMillis, 0, nowMillis, null, State.PENDING, 0, accountId);
    }

    public JSONObject bodyJson() {
        return Json.parse(body);
    }

    /** Serialised form for file- or preference-backed stores. */
    public String toJson() {
        JSONObject o = new JSONObject();
        Json.put(o, "id", id);
        Json.put(o, "kind", kind.name());
        Json.put(o, "caseId", caseId);
        Json.put(o, "path", path);
        Json.put(o, "body", body);
        Json.put(o, "createdAtMillis", createdAtMillis);
        Json.put(o, "attempts", attempts);
        Json.put(o, "nextAttemptAtMillis", nextAttemptAtMillis);
        Json.put(o, "lastError", lastError);
        Json.put(o, "state", state.name());
        Json.put(o, "lastStatus", lastStatus);
        Json.put(o, "accountId", accountId);
        return o.toString();
    }

    public static OutboxOperation fromJson(String text) {
        JSONObject o = Json.parse(text);
        return new OutboxOperation(
                Json.string(o, "id"),
                OutboxKind.valueOf(Json.string(o, "kind")),
                Json.string(o, "caseId"),
                Json.string(o, "path"),
                Json.string(o, "body"),
                Json.longValue(o, "createdAtMillis", 0),
                (int) Json.longValue(o, "attempts", 0),
                Json.longValue(o, "nextAttemptAtMillis", 0),
                Json.string(o, "lastError"),
                State.valueOf(Json.string(o, "state")),
                (int) Json.longValue(o, "lastStatus", 0),
                Json.string(o, "accountId"));
    }
}
