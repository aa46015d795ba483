package vn.donghanh.app;

import android.app.Application;
import android.content.Context;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import vn.donghanh.app.lock.PrefsAppLockStore;
import vn.donghanh.app.reminder.AndroidAlarmScheduler;
import vn.donghanh.app.reminder.NotificationChannels;
import vn.donghanh.app.storage.AlarmTable;
import vn.donghanh.app.storage.LocalDatabase;
import vn.donghanh.app.storage.PrivatePrefsSessionStore;
import vn.donghanh.app.storage.SqliteOutboxStore;
import vn.donghanh.app.storage.SqliteSyncStore;
import vn.donghanh.app.sync.LeftScope;
import vn.donghanh.app.sync.SyncScheduler;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.concurrent.TaskRunner;
import vn.donghanh.client.http.HttpTransport;
import vn.donghanh.client.http.UrlConnectionTransport;
import vn.donghanh.client.lock.AppLock;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.store.SessionStore;
import vn.donghanh.client.time.Clock;

/**
 * The object graph: one SQLite database with core's stores on it, the session in private
 * preferences, one background thread for blocking work and the main-thread poster, and core's
 * DongHanhClient on top. Activities, receivers and the sync job take what they need from here.
 */
public class DongHanhApp extends Application {
    private LocalDatabase database;
    private SessionStore sessions;
    private SqliteOutboxStore outboxStore;
    private SqliteSyncStore syncStore;
    private AndroidAlarmScheduler alarmScheduler;
    private AlarmTable pendingAcknowledgements;
    private ServerSettings settings;
    private Executor background;
    private TaskRunner tasks;
    private HttpTransport transport = new UrlConnectionTransport();
    private Clock clock = Clock.SYSTEM;
    private AppLock appLock;

    private DongHanhClient client;
    private String clientBaseUrl;
    private boolean clientSetsAlarms;

    public static DongHanhApp from(Context context) {
        return (DongHanhApp) context.getApplicationContext();
    }

    @Override
    public void onCreate() {
        super.onCreate();
        database = new LocalDatabase(this);
        sessions = new PrivatePrefsSessionStore(this);
        outboxStore = new SqliteOutboxStore(database);
        syncStore = new SqliteSyncStore(database);
        alarmScheduler = new AndroidAlarmScheduler(this, new AlarmTable(database, AlarmTable.SCHEDULED));
        pendingAcknowledgements = new AlarmTable(database, AlarmTable.PENDING_ACKNOWLEDGEMENT);
        settings = new ServerSettings(this);
        // Reads the clock field at each call, so tests that replace the clock move the lock's time too.
        appLock = new AppLock(new PrefsAppLockStore(this), () -> clock.nowMillis());
        // One thread: blocking work (SQLite, network) happens in the order the user asked for it.
        background = Executors.newSingleThreadExecutor();
        tasks = new TaskRunner(background, new MainThreadExecutor());
        NotificationChannels.create(this);
        if (sessions.load() != null) {
            SyncScheduler.schedulePeriodic(this);
        }
    }

    /** Only emulated processes end this way (Robolectric between tests); a phone just kills the process. */
    @Override
    public void onTerminate() {
        database.close();
        super.onTerminate();
    }

    /**
     * Core's graph for the current server and account. Rebuilt when the base URL changes, and
     * when the signed-in role changes: only a person's phone sets reminder alarms (core plans
     * alarms from every synced appointment, and a mentor's or officer's phone syncs other people's).
     */
    public synchronized DongHanhClient client() {
        Session session = sessions.load();
        boolean setsAlarms = session != null && session.account.role == Role.PERSON;
        String baseUrl = settings.baseUrl();
        if (client == null || setsAlarms != clientSetsAlarms || !baseUrl.equals(clientBaseUrl)) {
            DongHanhClient.Builder builder = DongHanhClient.builder(baseUrl)
                    .transport(transport)
                    .sessionStore(sessions)
                    .outboxStore(outboxStore)
                    .syncStore(syncStore)
                    .clock(clock)
                    .tasks(tasks);
            if (setsAlarms) {
                builder.alarmScheduler(alarmScheduler);
            }
            client = builder.build();
            // What core forgets by itself (a case left the user's scope, the account was deactivated).
            client.addForgetListener(new LeftScope(this));
            // Anything left unsent is sent by a job that waits for the network.
            final DongHanhClient built = client;
            client.outbox().addListener(() -> {
                if (built.outbox().pendingCount() > 0) {
                    SyncScheduler.syncWhenOnline(this);
                }
            });
            clientBaseUrl = baseUrl;
            clientSetsAlarms = setsAlarms;
        }
        return client;
    }

    /** Training courses on this phone (issue 17), over the current client's outbox and session. */
    public synchronized vn.donghanh.client.training.TrainingCourses training() {
        DongHanhClient c = client();
        return new vn.donghanh.client.training.TrainingCourses(
                c.api().client(), c.outbox(), new vn.donghanh.app.storage.PrefsTrainingStore(this), clock);
    }

    /** The optional app lock (one per process: a new process starts locked when it is on). */
    public AppLock appLock() {
        return appLock;
    }

    public ServerSettings settings() {
        return settings;
    }

    public AndroidAlarmScheduler alarmScheduler() {
        return alarmScheduler;
    }

    /** Answers given from a reminder notification before the server's reminder had synced. */
    public AlarmTable pendingAcknowledgements() {
        return pendingAcknowledgements;
    }

    public LocalDatabase database() {
        return database;
    }

    /** Blocking work outside the presenters (receivers, the sync job): same thread as theirs. */
    public void runInBackground(Runnable work) {
        background.execute(work);
    }

    /**
     * Tests replace the network, the threads and the clock; the stores stay the real SQLite ones.
     * The next {@link #client()} is built with them.
     */
    public synchronized void replaceForTests(HttpTransport transport, Executor background, Executor main, Clock clock) {
        this.transport = transport;
        this.background = background;
        this.tasks = new TaskRunner(background, main);
        this.clock = clock;
        this.client = null;
    }
}
