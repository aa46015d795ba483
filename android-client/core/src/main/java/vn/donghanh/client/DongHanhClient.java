package vn.donghanh.client;

import java.io.IOException;
import java.util.TimeZone;
import vn.donghanh.client.api.ApiClient;
import vn.donghanh.client.api.ApiException;
import vn.donghanh.client.api.AuthService;
import vn.donghanh.client.api.DongHanhApi;
import vn.donghanh.client.concurrent.TaskRunner;
import vn.donghanh.client.http.HttpTransport;
import vn.donghanh.client.http.UrlConnectionTransport;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.model.SessionEnd;
import vn.donghanh.client.outbox.Backoff;
import vn.donghanh.client.outbox.Outbox;
import vn.donghanh.client.outbox.OutboxFlusher;
import vn.donghanh.client.reminder.AlarmCoordinator;
import vn.donghanh.client.reminder.AlarmScheduler;
import vn.donghanh.client.reminder.ReminderAcknowledger;
import vn.donghanh.client.reminder.ReminderPlanner;
import vn.donghanh.client.reminder.ReminderSettings;
import vn.donghanh.client.store.OutboxStore;
import vn.donghanh.client.store.SessionStore;
import vn.donghanh.client.store.SyncStore;
import vn.donghanh.client.sync.Snapshots;
import vn.donghanh.client.sync.SyncEngine;
import vn.donghanh.client.sync.SyncResult;
import vn.donghanh.client.sync.SyncedRecords;
import vn.donghanh.client.time.Clock;

/**
 * The object graph of the phone's logic. The app builds one per process (in its Application)
 * with its SQLite/SharedPreferences stores, a background executor and a main-thread poster, and
 * hands it to every presenter.
 */
public final class DongHanhClient {
    /** Where cases live unless the case says otherwise. */
    public static final TimeZone DEFAULT_ZONE = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");

    private final Clock clock;
    private final TaskRunner tasks;
    private final TimeZone zone;
    private final ApiClient apiClient;
    private final AuthService auth;
    private final DongHanhApi api;
    private final Outbox outbox;
    private final OutboxFlusher flusher;
    private final SyncStore syncStore;
    private final SyncEngine sync;
    private final SyncedRecords records;
    private final Snapshots snapshots;
    private final ReminderPlanner planner;
    private final AlarmCoordinator alarms;
    private final ReminderAcknowledger acknowledger;
    private final SessionStore sessions;
    private final java.util.List<ForgetListener> forgetListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private DongHanhClient(Builder b) {
        clock = b.clock;
        tasks = b.tasks;
        zone = b.zone;
        apiClient = new ApiClient(b.baseUrl, b.transport, b.sessionStore, clock);
        auth = new AuthService(apiClient);
        api = new DongHanhApi(apiClient);
        outbox = new Outbox(b.outboxStore, clock, b.sessionStore);
        flusher = new OutboxFlusher(outbox, apiClient, clock, b.backoff);
        syncStore = b.syncStore;
        sync = new SyncEngine(api, syncStore, flusher, b.syncPageSize);
        records = new SyncedRecords(syncStore);
        snapshots = new Snapshots(syncStore);
        planner = new ReminderPlanner(b.reminderSettings);
        alarms =
                b.alarmScheduler == null ? null : new AlarmCoordinator(planner, records, b.alarmScheduler, clock, zone);
        acknowledger = new ReminderAcknowledger(records, outbox);
        sessions = b.sessionStore;
        sync.setRemovalListener(this::forgetCase);
        apiClient.setSessionEndListener(new vn.donghanh.client.api.SessionEndListener() {
            @Override
            public void onAccountDeactivated(Session ended) {
                forgetDeactivatedAccount(ended);
            }

            @Override
            public void onSessionRevoked(Session ended) {
                forgetRevokedSession();
            }
        });
    }

    /** Hears what the phone forgot by itself, for the app's own parts (notifications, jobs...). */
    public interface ForgetListener {
        /** The case left the user's scope; its records are gone, its alarms are cancelled right after. */
        void onCaseRemoved(String caseId);

        /**
         * The server ended the session for good (deactivated: its queue is gone too; revoked: the
         * queue stays); the session, synced data and alarms are already gone.
         */
        void onSessionEnded();
    }

    public void addForgetListener(ForgetListener listener) {
        forgetListeners.add(listener);
    }

    /**
     * A removal in the sync feed (the page that carried it is stored, the case's records are gone):
     * its alarms are cancelled at once, and what this account still had queued for it is kept but
     * marked as no longer sendable, for the user to see with the reason and discard.
     */
    private void forgetCase(String caseId) {
        // The app first (it reads which of its notifications belong to the case's alarms).
        for (ForgetListener l : forgetListeners) {
            l.onCaseRemoved(caseId);
        }
        if (alarms != null) {
            alarms.cancelCase(caseId);
        }
        outbox.markOutOfScope(caseId);
        snapshots.dropRemovedCaseFromLists();
    }

    /**
     * The server says the account is deactivated (at a refresh): nothing of it may stay on the
     * phone. Its queued items are deleted too — they can never be sent and nobody may see them —
     * and the sign-in screen is told why, with how many were lost.
     */
    /**
     * The server revoked the session (with today's backend this is how a deactivation shows, but
     * also a password reset): the case data and alarms go, since whoever signs in next may be
     * someone else; the queue stays for its author, sent if they sign in again.
     */
    private void forgetRevokedSession() {
        syncStore.clear();
        if (alarms != null) {
            alarms.cancelAll();
        }
        sessions.saveLastEnd(new SessionEnd(SessionEnd.Reason.SESSION_REVOKED, clock.nowMillis(), 0));
        for (ForgetListener l : forgetListeners) {
            l.onSessionEnded();
        }
    }

    private void forgetDeactivatedAccount(Session ended) {
        int dropped = ended == null || ended.account == null ? 0 : outbox.dropAllOf(ended.account.id);
        syncStore.clear();
        if (alarms != null) {
            alarms.cancelAll();
        }
        sessions.saveLastEnd(new SessionEnd(SessionEnd.Reason.ACCOUNT_DEACTIVATED, clock.nowMillis(), dropped));
        for (ForgetListener l : forgetListeners) {
            l.onSessionEnded();
        }
    }

    public Clock clock() {
        return clock;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** The zone reminders and "today" are computed in (the cases' zone). */
    public TimeZone zone() {
        return zone;
    }

    public AuthService auth() {
        return auth;
    }

    public DongHanhApi api() {
        return api;
    }

    public Outbox outbox() {
        return outbox;
    }

    public OutboxFlusher flusher() {
        return flusher;
    }

    public SyncEngine syncEngine() {
        return sync;
    }

    /** Last known copies of online-only reads, for offline screens (see {@link Snapshots}). */
    public Snapshots snapshots() {
        return snapshots;
    }

    /** The name of a case the feed removed from this phone, as it was known then; null otherwise. */
    public String removedCaseName(String caseId) {
        return vn.donghanh.client.sync.RemovedCases.nameOf(syncStore, caseId);
    }

    public SyncedRecords records() {
        return records;
    }

    public ReminderPlanner reminderPlanner() {
        return planner;
    }

    public ReminderAcknowledger reminderAcknowledger() {
        return acknowledger;
    }

    /** Null when the builder got no AlarmScheduler (staff phones, tests). */
    public AlarmCoordinator alarms() {
        return alarms;
    }

    /**
     * Blocking: flush the outbox, pull the feed, re-plan the local alarms. The app calls it from
     * its background executor on start, on connectivity regained and periodically.
     */
    public SyncResult syncNow(boolean force) throws IOException, ApiException {
        SyncResult result = sync.sync(force);
        records.markSynced(clock.nowMillis());
        if (alarms != null) {
            refreshReminderSettings();
            alarms.replan();
        }
        return result;
    }

    /** A person's own reminder settings change the alarm times; older servers lack them (404). */
    private void refreshReminderSettings() {
        Session session = auth.current();
        if (session == null || session.account.role != Role.PERSON || session.account.caseId == null) {
            return;
        }
        try {
            String caseId = session.account.caseId;
            records.saveReminderSettings(caseId, api.reminderSettings(caseId).toString());
        } catch (IOException | ApiException keepTheLastKnown) {
            // Offline or not offered by this server: plan with what we have.
        }
    }

    /**
     * Blocking: send what this account still has queued (one try), revoke the session on the
     * server (when reachable) and forget the synced data. Unsent items are never deleted: they stay
     * queued for this account and are sent the next time it signs in on this phone.
     */
    public boolean signOut() {
        sendWhatIsLeft();
        boolean revoked = auth.logout();
        // The user chose to leave: the sign-in screen has nothing to explain.
        sessions.saveLastEnd(null);
        syncStore.clear();
        if (alarms != null) {
            alarms.cancelAll();
        }
        return revoked;
    }

    /** Last chance to send with this account's token; offline, refused or broken, sign-out goes on. */
    private void sendWhatIsLeft() {
        if (auth.current() == null || outbox.pendingCount() == 0) {
            return;
        }
        try {
            flusher.flush(true);
        } catch (RuntimeException keepSigningOut) {
            // Signing out on a shared phone must not depend on the network or a malformed item;
            // whatever was not sent is still in the outbox.
        }
    }

    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /** Required: the three stores. Defaults: HttpURLConnection, system clock, direct executors. */
    public static final class Builder {
        private final String baseUrl;
        private HttpTransport transport = new UrlConnectionTransport();
        private SessionStore sessionStore;
        private OutboxStore outboxStore;
        private SyncStore syncStore;
        private Clock clock = Clock.SYSTEM;
        private TaskRunner tasks = TaskRunner.direct();
        private TimeZone zone = DEFAULT_ZONE;
        private Backoff backoff = Backoff.standard();
        private ReminderSettings reminderSettings = ReminderSettings.serverDefaults();
        private AlarmScheduler alarmScheduler;
        private int syncPageSize = 200;

        private Builder(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public Builder transport(HttpTransport transport) {
            this.transport = transport;
            return this;
        }

        public Builder sessionStore(SessionStore store) {
            this.sessionStore = store;
            return this;
        }

        public Builder outboxStore(OutboxStore store) {
            this.outboxStore = store;
            return this;
        }

        public Builder syncStore(SyncStore store) {
            this.syncStore = store;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** new TaskRunner(backgroundExecutor, mainThreadPoster) in the app. */
        public Builder tasks(TaskRunner tasks) {
            this.tasks = tasks;
            return this;
        }

        public Builder zone(TimeZone zone) {
            this.zone = zone;
            return this;
        }

        public Builder backoff(Backoff backoff) {
            this.backoff = backoff;
            return this;
        }

        public Builder reminderSettings(ReminderSettings settings) {
            this.reminderSettings = settings;
            return this;
        }

        public Builder alarmScheduler(AlarmScheduler scheduler) {
            this.alarmScheduler = scheduler;
            return this;
        }

        public Builder syncPageSize(int size) {
            this.syncPageSize = size;
            return this;
        }

        public DongHanhClient build() {
            if (sessionStore == null || outboxStore == null || syncStore == null) {
                throw new IllegalStateException("sessionStore, outboxStore and syncStore are required");
            }
            return new DongHanhClient(this);
        }
    }
}
