package vn.donghanh.app.sync;

import android.app.job.JobParameters;
import android.app.job.JobService;
import java.io.IOException;
import vn.donghanh.app.DongHanhApp;
import vn.donghanh.app.reminder.PendingAcknowledgements;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.api.NotSignedInException;

/**
 * Runs core's sync (flush the outbox, pull the feed, re-plan the alarms) when JobScheduler says
 * the network is there. A network failure asks JobScheduler to retry the one-off job with backoff.
 */
public final class SyncJobService extends JobService {
    @Override
    public boolean onStartJob(final JobParameters params) {
        final DongHanhApp app = DongHanhApp.from(this);
        // The one-off job runs because the network is back: waiting items go now, whatever their
        // backoff said (JobScheduler's own backoff spaces out retries of this job).
        final boolean networkBack = params.getJobId() == SyncScheduler.JOB_SYNC_WHEN_ONLINE;
        app.runInBackground(() -> jobFinished(params, !syncOnce(app, networkBack) && networkBack));
        return true;
    }

    @Override
    public boolean onStopJob(JobParameters params) {
        // The network went away mid-sync: what was not sent stays in the outbox; try again later.
        return true;
    }

    /**
     * True when done (or nothing can be done until someone signs in), false to retry later.
     * {@code networkBack}: send waiting items now rather than after their backoff.
     */
    public static boolean syncOnce(DongHanhApp app, boolean networkBack) {
        DongHanhClient client = app.client();
        try {
            client.syncNow(networkBack);
            HelpRequestNotifier.announceNew(app, client);
            if (PendingAcknowledgements.queueWhatNowMatches(app, client) > 0) {
                client.flusher().flush(false);
            }
            return true;
        } catch (NotSignedInException signedOut) {
            return true;
        } catch (IOException offline) {
            return false;
        } catch (Exception serverTrouble) {
            return false;
        }
    }
}
