package vn.donghanh.app.sync;

import static org.junit.Assert.assertEquals;
import static org.robolectric.Shadows.shadowOf;

import android.app.Notification;
import android.app.NotificationManager;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import vn.donghanh.app.testing.Fixtures;
import vn.donghanh.app.testing.TestPhone;
import vn.donghanh.client.model.Role;

/** Without push, a background sync that brings a help request announces it once, discreetly. */
@RunWith(RobolectricTestRunner.class)
public class HelpRequestNotifierTest {
    private static final String HELP = "{\"type\":\"NOTIFICATION\",\"id\":\"n-1\",\"caseId\":\"" + TestPhone.CASE_ID
            + "\",\"notification\":{\"id\":\"n-1\",\"kind\":\"HELP_REQUESTED\",\"priority\":\"HIGH\",\"caseId\":\""
            + TestPhone.CASE_ID + "\",\"createdAt\":\"2026-11-23T07:55:00+07:00\"}}";

    private final TestPhone phone = new TestPhone();
    private final NotificationManager notifications = phone.app.getSystemService(NotificationManager.class);

    @Test
    public void aMentorIsToldOnceThatSomeoneNeedsHelp() {
        phone.signedInAs(Role.MENTOR, "Trần Thị Bình", null);
        phone.backend.on("GET", "/api/v1/sync", 200, Fixtures.syncPage("cursor-1", HELP));

        SyncJobService.syncOnce(phone.app, false);

        Notification posted = shadowOf(notifications).getNotification(HelpRequestNotifier.NOTIFICATION_ID);
        assertEquals(
                "Có người cần giúp đỡ. Mở ứng dụng để xem.",
                posted.extras.getCharSequence(Notification.EXTRA_TEXT).toString());
        assertEquals(Notification.VISIBILITY_PRIVATE, posted.visibility);

        notifications.cancelAll();
        SyncJobService.syncOnce(phone.app, false);
        assertEquals(0, shadowOf(notifications).getAllNotifications().size());
    }

    @Test
    public void aPersonsPhoneAnnouncesNothing() {
        phone.signedInAs(Role.PERSON, "Nguyễn Văn An", TestPhone.CASE_ID);
        phone.backend.on("GET", "/api/v1/sync", 200, Fixtures.syncPage("cursor-1", HELP));

        SyncJobService.syncOnce(phone.app, false);

        assertEquals(0, shadowOf(notifications).getAllNotifications().size());
    }
}
