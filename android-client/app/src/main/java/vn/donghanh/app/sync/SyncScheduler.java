package vn.donghanh.app.sync;

import android.app.job.JobInfo;
import android.app.job.JobScheduler;
import android.content.ComponentName;
import android.content.Context;
import java.util.concurrent.TimeUnit;

/**
 * Background sync through JobScheduler (no WorkManager without AndroidX): a one-off job that runs
 * as soon as there is a network (queued items go out when the phone is back online, even if the
 * app was killed), and a persisted periodic job that keeps appointments, and so the alarms, fresh.
 */
public final class SyncScheduler {
    static final int JOB_SYNC_WHEN_ONLINE = 1001;
    static final int JOB_PERIODIC_SYNC = 1002;

    private SyncScheduler() {}

    /**
     * Idempotent. A job already waiting (or running: it shares the app's one background thread
     * with whoever queued) will send the new item too; re-scheduling would stop a running job.
     */
    public static void syncWhenOnline(Context context) {
        if (scheduler(context).getPendingJob(JOB_SYNC_WHEN_ONLINE) != null) {
            return;
        }
        JobInfo job = new JobInfo.Builder(JOB_SYNC_WHEN_ONLINE, new ComponentName(context, SyncJobService.class))
                .setRequiredNetworkType(JobInfo.NETWORK_TYPE_ANY)
                .setBackoffCriteria(TimeUnit.SECONDS.toMillis(30), JobInfo.BACKOFF_POLICY_EXPONENTIAL)
                .setPersisted(true)
                .build();
        scheduler(context).schedule(job);
    }

    /** Idempotent: an already scheduled periodic job keeps its timing. */
    public static void schedulePeriodic(Context context) {
        if (scheduler(context).getPendingJob(JOB_PERIODIC_SYNC) != null) {
            return;
        }
        JobInfo job = new JobInfo.Builder(JOB_PERIODIC_SYNC, new ComponentName(context, SyncJobService.class))
                .setRequiredNetworkType(JobInfo.NETWORK_TYPE_ANY)
                .setPeriodic(TimeUnit.HOURS.toMillis(1))
                .setPersisted(true)
                .build();
        scheduler(context).schedule(job);
    }

    /** On sign-out: nothing to sync for nobody. */
    public static void cancelAll(Context context) {
        scheduler(context).cancel(JOB_SYNC_WHEN_ONLINE);
        scheduler(context).cancel(JOB_PERIODIC_SYNC);
    }

    private static JobScheduler scheduler(Context context) {
        return context.getSystemService(JobScheduler.class);
    }
}
