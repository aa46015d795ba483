package vn.donghanh.app.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import android.app.job.JobInfo;
import android.app.job.JobScheduler;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

/** What is queued offline is sent by a JobScheduler job that waits for the network. */
@RunWith(RobolectricTestRunner.class)
public class SyncWhenOnlineTest {
    private final TestPhone phone = new TestPhone().signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
    private final JobScheduler jobs = phone.app.getSystemService(JobScheduler.class);

    @Test
    public void queueingOfflineSchedulesASyncThatNeedsANetworkAndItSendsTheQueue() {
        phone.backend.offline(true);
        phone.app.client().outbox().queueCheckin(TestPhone.CASE_ID, 3, 0, null);

        JobInfo job = jobs.getPendingJob(SyncScheduler.JOB_SYNC_WHEN_ONLINE);
        assertNotNull(job);
        assertEquals(JobInfo.NETWORK_TYPE_ANY, job.getNetworkType());
        assertTrue(job.isPersisted());
        // Still offline when the job runs: it asks to be retried later.
        assertFalse(SyncJobService.syncOnce(phone.app, true));

        // The network is back: the job runs again and sends the check-in despite its backoff.
        phone.backend.offline(false).on("POST", "/api/v1/cases/", 201, "{}");
        assertTrue(SyncJobService.syncOnce(phone.app, true));

        assertEquals(
                1,
                phone.backend
                        .requests("POST", "/api/v1/cases/" + TestPhone.CASE_ID + "/checkins")
                        .size());
        assertEquals(0, phone.outboxOnDisk().size());
    }

    @Test
    public void signOutCancelsTheSyncJobs() {
        SyncScheduler.schedulePeriodic(phone.app);
        SyncScheduler.syncWhenOnline(phone.app);

        vn.donghanh.app.SignOut.forgetOnThisPhone(phone.app);

        assertEquals(0, jobs.getAllPendingJobs().size());
    }
}
