package vn.donghanh.app.lock;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

import android.app.AlarmManager;
import android.app.NotificationManager;
import android.content.Intent;
import android.os.Looper;
import android.widget.EditText;
import android.widget.TextView;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.android.controller.ActivityController;
import vn.donghanh.app.R;
import vn.donghanh.app.SignOut;
import vn.donghanh.app.messages.MessagesActivity;
import vn.donghanh.app.sync.SyncJobService;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

@RunWith(RobolectricTestRunner.class)
public class AppLockScreenTest {
    private final TestPhone phone = new TestPhone().signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
    private final AtomicLong now = new AtomicLong(TestPhone.NOW);

    {
        phone.app.replaceForTests(phone.backend, Runnable::run, Runnable::run, now::get);
        phone.backend.offline(true);
    }

    private ActivityController<MessagesActivity> messages() {
        return Robolectric.buildActivity(
                MessagesActivity.class,
                MessagesActivity.intent(phone.app, TestPhone.CASE_ID, TestPhone.MENTOR_ACCOUNT_ID));
    }

    @Test
    public void theLockScreenCoversTheAppWhenItComesBackAfterTheIdleTime() {
        phone.app.appLock().setPin("4829");
        ActivityController<MessagesActivity> screen = messages().setup();
        assertNull("just set: not asked", shadowOf(screen.get()).getNextStartedActivity());

        screen.pause().stop();
        now.addAndGet(4 * 60_000L);
        screen.restart().resume();
        assertNull("back within 5 minutes", shadowOf(screen.get()).getNextStartedActivity());

        screen.pause().stop();
        now.addAndGet(5 * 60_000L);
        screen.restart().resume();
        Intent next = shadowOf(screen.get()).getNextStartedActivity();
        assertNotNull("back after 5 minutes", next);
        assertEquals(LockActivity.class.getName(), next.getComponent().getClassName());
    }

    @Test
    public void aLockedAppShowsTheLockScreenAndTheRightCodeOpensIt() {
        phone.app.appLock().setPin("4829");
        lockNow(phone);
        MessagesActivity screen = messages().setup().get();
        assertEquals(
                LockActivity.class.getName(),
                shadowOf(screen).getNextStartedActivity().getComponent().getClassName());

        LockActivity lock =
                Robolectric.buildActivity(LockActivity.class).setup().get();
        ((EditText) lock.findViewById(R.id.lock_pin)).setText("0000");
        lock.findViewById(R.id.lock_open).performClick();
        assertEquals("Mã không đúng. Còn 4 lần thử.", text(lock, R.id.lock_message));
        assertFalse(lock.isFinishing());

        ((EditText) lock.findViewById(R.id.lock_pin)).setText("4829");
        lock.findViewById(R.id.lock_open).performClick();
        assertTrue(lock.isFinishing());
        assertFalse(phone.app.appLock().isLocked());
    }

    @Test
    public void theLockScreenSaysNothingButTheAppNameAndBackLeavesTheApp() {
        phone.app.appLock().setPin("4829");
        lockNow(phone);
        LockActivity lock =
                Robolectric.buildActivity(LockActivity.class).setup().get();

        assertEquals("Đồng Hành", text(lock, R.id.lock_app_name));
        assertEquals("Nhập mã để mở", text(lock, R.id.lock_prompt));
        lock.onBackPressed();
        // Back moves the whole task to the background (moveTaskToBack): the lock stays on top.
        assertFalse("the screen below is not shown", lock.isFinishing());
        assertTrue(phone.app.appLock().isLocked());
        assertFalse(lock.onCreateOptionsMenu(new org.robolectric.fakes.RoboMenu(lock)));
    }

    @Test
    public void anEmergencyCallNeedsNoCodeAndLeavesTheAppLocked() {
        phone.app.appLock().setPin("4829");
        lockNow(phone);
        LockActivity lock =
                Robolectric.buildActivity(LockActivity.class).setup().get();

        lock.findViewById(R.id.lock_emergency).performClick();

        android.content.Intent dial = shadowOf(lock).getNextStartedActivity();
        assertEquals(android.content.Intent.ACTION_DIAL, dial.getAction());
        assertEquals("tel:115", dial.getData().toString());
        assertTrue(phone.app.appLock().isLocked());
    }

    @Test
    public void fiveWrongCodesMakeTheUserWait() {
        phone.app.appLock().setPin("4829");
        lockNow(phone);
        LockActivity lock =
                Robolectric.buildActivity(LockActivity.class).setup().get();
        for (int i = 0; i < 5; i++) {
            ((EditText) lock.findViewById(R.id.lock_pin)).setText("1111");
            lock.findViewById(R.id.lock_open).performClick();
        }
        assertEquals("Sai nhiều lần. Thử lại sau 30 giây.", text(lock, R.id.lock_message));
        assertFalse(lock.findViewById(R.id.lock_open).isEnabled());
    }

    @Test
    public void notificationsKeepWorkingWhileLocked() throws Exception {
        phone.backend.offline(false);
        phone.backend.on(
                "GET",
                "/api/v1/sync",
                200,
                Fixtures.syncPage(
                        "cursor-1",
                        Fixtures.appointmentChange(
                                "occ-1", TestPhone.CASE_ID, "COUNSELLING", "2026-11-25T11:00:00+07:00")));
        phone.app.appLock().setPin("4829");
        lockNow(phone);
        assertTrue(phone.app.appLock().isLocked());

        SyncJobService.syncOnce(phone.app, false);
        AlarmManager alarms = phone.app.getSystemService(AlarmManager.class);
        shadowOf(alarms).peekNextScheduledAlarm().operation.send();
        shadowOf(Looper.getMainLooper()).idle();

        assertEquals(
                1,
                shadowOf(phone.app.getSystemService(NotificationManager.class))
                        .getAllNotifications()
                        .size());
    }

    @Test
    public void signingOutForgetsTheLock() {
        phone.app.appLock().setPin("4829");
        SignOut.forgetOnThisPhone(phone.app);
        assertFalse(phone.app.appLock().isEnabled());
        assertTrue(phone.app.getSharedPreferences("app_lock", 0).getAll().isEmpty());
    }

    /** As if the user left the app with "at once" chosen and came back (core tests the timing). */
    public static void lockNow(TestPhone phone) {
        vn.donghanh.client.lock.AppLock lock = phone.app.appLock();
        long idle = lock.idleMillis();
        lock.setIdleMillis(0);
        Object screen = new Object();
        lock.screenStarted(screen);
        lock.screenStopped(screen, false);
        lock.screenStarted(screen);
        lock.screenStopped(screen, false);
        lock.setIdleMillis(idle);
        assertTrue(lock.isLocked());
    }

    private static String text(android.app.Activity a, int id) {
        return ((TextView) a.findViewById(id)).getText().toString();
    }
}
